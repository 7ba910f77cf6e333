DAY = "1969-10-22"
SENTS = [
 ("The Somali army seized power in Mogadishu on Tuesday, six days after President Abdirashid Ali Shermarke was shot dead by a policeman in the north.", [], ["person:abdirashid-ali-shermarke LEADS SOM"]),
 ("A revolutionary council led by Maj. Gen. Mohamed Siad Barre, the army commander, suspended the constitution and dissolved the National Assembly.", [], ["person:siad-barre LEADS SOM"]),
 ("Prime Minister Mohamed Ibrahim Egal, who had worked to ease tension with Kenya and Ethiopia, was placed under arrest.", [], []),
 ("Moscow, which trained and equipped the 12,000-man Somali army, quickly recognized the new regime.", ["SUN SUPPLIES_ARMS SOM", "SUN SUPPORTS SOM"], []),
 ("Somalia claims large parts of Kenya and Ethiopia inhabited by Somalis.", [], []),
]
