DAY = "2022-04-02"
SENTS = [
 ("Pakistani Prime Minister Imran Khan accused the United States on Thursday of backing a plot to oust him, citing a diplomatic cable from Washington.", ["person:imran-khan LEADS PAK", "person:imran-khan CONDEMNS USA"], []),
 ("The State Department said there was no truth to the allegations.", [], ["USA CONDEMNS person:imran-khan"]),
 ("Khan had visited Moscow on the day Russia invaded Ukraine and met Vladimir Putin.", ["person:imran-khan MEETS RUS", "person:imran-khan MEETS person:vladimir-putin", "RUS ATTACKS UKR"], []),
 ("Pakistan's army chief Qamar Javed Bajwa later criticised Russia's invasion, breaking with the prime minister's line.", ["person:qamar-javed-bajwa CONDEMNS RUS"], ["PAK CONDEMNS RUS"]),
 ("China, Pakistan's closest ally, supplies most of its weapons.", ["CHN ALLIED_WITH PAK", "CHN SUPPLIES_ARMS PAK"], []),
]
