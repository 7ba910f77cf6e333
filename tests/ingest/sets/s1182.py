DAY = "2025-07-27"
SENTS = [
 ("Thailand and Cambodia traded artillery fire for a fourth day on Sunday as the death toll from the border fighting rose above 30.", ["THA ATTACKS KHM", "KHM ATTACKS THA"]),
 ("Thai F-16 fighter jets bombed Cambodian military positions near the disputed Ta Muen Thom temple.", ["THA ATTACKS KHM"]),
 ("Phnom Penh accused Bangkok of using cluster munitions, a charge the Thai army rejected.", ["KHM CONDEMNS THA"]),
 ("Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year, offered to host talks in Putrajaya.", [], ["person:anwar-ibrahim LEADS MYS", "MYS MEMBER_OF org:ASEAN"]),
 ("Hun Manet and Thailand's acting prime minister Phumtham Wechayachai agreed to an unconditional ceasefire at the meeting.", ["person:hun-manet MEETS person:phumtham-wechayachai", "person:phumtham-wechayachai LEADS THA"], ["person:hun-manet MEETS THA"]),
]
