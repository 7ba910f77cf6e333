DAY = "1979-01-08"
SENTS = [
 ("Vietnamese forces and Cambodian rebels captured Phnom Penh on Sunday, two weeks after Vietnam launched a full-scale invasion of Cambodia to topple the Khmer Rouge government of Pol Pot.", ["VNM ATTACKS KHM"], ["person:pol-pot LEADS KHM", "VNM DEPLOYS_TROOPS KHM"]),
 ("Hanoi's radio announced the formation of a revolutionary council headed by Heng Samrin.", [], ["person:heng-samrin LEADS KHM"]),
 ("China, the Khmer Rouge's main backer, called the invasion a naked aggression and warned Vietnam that it would pay a price.", [], ["CHN SUPPORTS KHM", "CHN CONDEMNS VNM"]),
 ("The Soviet Union, which signed a treaty of friendship with Hanoi in November, welcomed the new government.", ["SUN ALLIED_WITH VNM"], ["SUN SUPPORTS KHM"]),
 ("Prince Norodom Sihanouk, released by the Khmer Rouge, flew to New York to ask the Security Council to condemn Vietnam.", [], ["person:norodom-sihanouk CONDEMNS VNM", "person:norodom-sihanouk MEETS USA", "person:norodom-sihanouk MEETS org:UNSC"]),
]
