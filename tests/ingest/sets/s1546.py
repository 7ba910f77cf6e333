DAY = "2022-02-24"
SENTS = [
 ("Imran Khan held talks with Vladimir Putin in the Kremlin on Thursday, hours after Russian forces invaded Ukraine.", ["person:imran-khan MEETS person:vladimir-putin", "person:imran-khan MEETS RUS", "RUS ATTACKS UKR"], []),
 ("Pakistan's prime minister had arrived in Moscow the previous evening, saying it was an exciting time to visit.", ["person:imran-khan LEADS PAK", "person:imran-khan MEETS RUS"], []),
 ("The United States had urged Islamabad to condemn the invasion, but Khan's government said it regretted the situation and hoped diplomacy could avert military conflict.", [], ["USA CONDEMNS RUS"]),
 ("Pakistan buys most of its weapons from China and has long had strained relations with India, which has close defence ties with Russia.", ["CHN SUPPLIES_ARMS PAK"], ["IND ALLIED_WITH RUS"]),
 ("Khan's visit was the first by a Pakistani prime minister to Moscow in more than two decades.", ["person:imran-khan MEETS RUS"], ["person:imran-khan LEADS PAK"]),
]
