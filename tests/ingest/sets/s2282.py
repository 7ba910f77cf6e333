DAY = "2014-02-22"
SENTS = [
 ("Ukraine's parliament voted on Saturday to remove President Viktor Yanukovych, who fled Kiev for the east of the country after three months of protests.", [], ["person:viktor-yanukovych LEADS UKR"]),
 ("Yulia Tymoshenko, the former prime minister, was freed from a prison hospital and addressed the crowds in Independence Square.", [], []),
 ("Russia, which had offered Yanukovych a $15 billion loan in December, said the opposition had seized power illegally.", [], ["RUS SUPPORTS UKR", "RUS SUPPORTS person:viktor-yanukovych"]),
 ("The European Union, whose foreign ministers had brokered a deal with Yanukovych on Friday, called for calm.", [], ["org:EU MEETS person:viktor-yanukovych"]),
 ("Poland's Prime Minister Donald Tusk said Ukraine's future lay with Europe.", ["person:donald-tusk LEADS POL"], ["person:donald-tusk SUPPORTS UKR"]),
 ("The United States said it would work with the new authorities in Kiev.", [], ["USA SUPPORTS UKR"]),
]
