DAY = "2011-02-07"
SENTS = [
 ("Thai and Cambodian troops exchanged artillery fire for a fourth day on Monday near the Preah Vihear temple, killing at least five people.", ["THA ATTACKS KHM", "KHM ATTACKS THA"], []),
 ("Cambodia accused Thailand of damaging the 11th-century temple, a UNESCO world heritage site, and asked the UN Security Council to intervene.", ["KHM CONDEMNS THA"], []),
 ("Prime Minister Hun Sen called the fighting a war and said Thailand had invaded Cambodian territory.", ["person:hun-sen CONDEMNS THA"], ["person:hun-sen LEADS KHM", "THA ATTACKS KHM", "THA DEPLOYS_TROOPS KHM"]),
 ("Thailand's Prime Minister Abhisit Vejjajiva said Thai soldiers had only responded to Cambodian fire.", ["person:abhisit-vejjajiva LEADS THA"], ["person:abhisit-vejjajiva CONDEMNS KHM"]),
 ("Indonesia's Foreign Minister Marty Natalegawa flew to Phnom Penh and Bangkok to mediate on behalf of ASEAN.", ["person:marty-natalegawa MEETS KHM", "person:marty-natalegawa MEETS THA"], []),
]
