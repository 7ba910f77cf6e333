DAY = "1993-01-18"
SENTS = [
 ("American warships fired about 40 cruise missiles at a nuclear plant on the outskirts of Baghdad on Sunday, and one that went astray hit the Rashid Hotel, killing two people.", ["USA ATTACKS IRQ"], []),
 ("The strike was ordered after Iraq refused to guarantee the safety of flights carrying United Nations weapons inspectors.", [], []),
 ("On Monday American planes bombed Iraqi radar and missile sites in both the northern and southern no-flight zones, and British and French jets joined the raids in the south.", ["USA ATTACKS IRQ"], ["GBR ATTACKS IRQ", "FRA ATTACKS IRQ"]),
 ("President Saddam Hussein called the raids cowardly and offered a ceasefire to the incoming Clinton administration.", [], ["person:saddam-hussein CONDEMNS USA", "person:saddam-hussein LEADS IRQ"]),
 ("Kuwait said Iraq had brought the strikes on itself by defying the Security Council.", ["KWT CONDEMNS IRQ"], []),
]
