DAY = "2007-08-17"
SENTS = [
 ("Leaders of the Shanghai Cooperation Organisation met in Bishkek on Thursday and then watched the first joint military exercises of all six members near Chelyabinsk in Russia.", [], ["org:SCO MEETS RUS", "org:SCO MEETS KGZ"]),
 ("Vladimir Putin said Russia would resume regular long-range patrols by its strategic bombers, suspended since the end of the Soviet Union.", [], []),
 ("Iran's President Mahmoud Ahmadinejad, attending as an observer, told the summit that American plans for missile defence in Europe threatened the region.", ["person:mahmoud-ahmadinejad LEADS IRN", "person:mahmoud-ahmadinejad CONDEMNS USA"], ["IRN MEMBER_OF org:SCO", "person:mahmoud-ahmadinejad MEETS org:SCO"]),
 ("The SCO groups China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.", ["CHN MEMBER_OF org:SCO", "RUS MEMBER_OF org:SCO", "KAZ MEMBER_OF org:SCO", "KGZ MEMBER_OF org:SCO", "TJK MEMBER_OF org:SCO", "UZB MEMBER_OF org:SCO"], []),
 ("Hu Jintao and Putin held separate talks with the Turkmen president, Gurbanguly Berdymukhamedov, on gas supplies.", ["person:hu-jintao MEETS person:gurbanguly-berdimuhamedow", "person:vladimir-putin MEETS person:gurbanguly-berdimuhamedow", "person:gurbanguly-berdimuhamedow LEADS TKM"], ["CHN TRADES_WITH TKM", "RUS TRADES_WITH TKM"]),
 ("The United States had been refused observer status in the group in 2005.", [], []),
]
