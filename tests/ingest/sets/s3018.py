DAY = "1948-11-02"
SENTS = [
 ("Chinese Communist armies captured Mukden today, completing their conquest of Manchuria.", [], []),
 ("The American consul general, Angus Ward, and his staff stayed behind in the city.", [], []),
 ("The Nationalist Government, which has received more than $2 billion in American aid since the war, asked Washington for emergency arms shipments.", ["USA SUPPORTS CHN"], ["USA SUPPLIES_ARMS CHN", "CHN MEETS USA"]),
 ("Madame Chiang Kai-shek is expected to fly to Washington to plead for help.", [], []),
 ("Soviet forces, which occupied Manchuria in 1945, handed captured Japanese weapons to the Communists before leaving.", [], ["SUN DEPLOYS_TROOPS CHN", "SUN SUPPLIES_ARMS CHN"]),
]
