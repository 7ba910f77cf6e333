DAY = "1999-08-26"
SENTS = [
 ("Jiang Zemin and Boris Yeltsin met in the Kyrgyz capital, Bishkek, on Wednesday at a summit of the Shanghai Five, where the two leaders denounced what they called American attempts to dominate the world.", ["person:jiang-zemin MEETS person:boris-yeltsin", "person:jiang-zemin MEETS KGZ", "person:boris-yeltsin MEETS KGZ"], ["person:jiang-zemin CONDEMNS USA", "person:boris-yeltsin CONDEMNS USA"]),
 ("The presidents of Kazakhstan, Kyrgyzstan and Tajikistan, the other members of the group, also signed the summit's declaration.", [], ["KAZ MEMBER_OF org:SCO", "KGZ MEMBER_OF org:SCO", "TJK MEMBER_OF org:SCO"]),
 ("President Askar Akayev, the host, asked his neighbours for help against Islamic militants who have taken hostages in southern Kyrgyzstan.", [], ["person:askar-akayev LEADS KGZ"]),
 ("China, which signed a border agreement with Kyrgyzstan at the meeting, has pledged not to let Uighur separatists use its territory.", [], ["CHN MEETS KGZ"]),
]
