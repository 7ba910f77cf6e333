DAY = "1999-06-12"
SENTS = [
 ("Indian jets bombed positions held by infiltrators on the heights above Kargil for a third week, as India pressed on with its drive to evict them from its side of the Line of Control.", [], []),
 ("New Delhi says the intruders are regular Pakistani soldiers disguised as militants, a charge Islamabad denies.", ["IND CONDEMNS PAK"], ["PAK DEPLOYS_TROOPS IND", "PAK ATTACKS IND"]),
 ("Pakistan's foreign minister, Sartaj Aziz, held talks with his Indian counterpart Jaswant Singh in New Delhi on Saturday, but they failed to agree on a way out.", ["person:sartaj-aziz MEETS person:jaswant-singh", "person:sartaj-aziz MEETS IND"], []),
 ("President Bill Clinton telephoned Prime Minister Nawaz Sharif and urged him to pull his forces back across the line.", ["person:bill-clinton MEETS person:nawaz-sharif"], ["person:bill-clinton LEADS USA", "person:nawaz-sharif LEADS PAK"]),
 ("China, Pakistan's closest ally, has declined to back Islamabad publicly over the fighting.", ["CHN ALLIED_WITH PAK"], []),
]
