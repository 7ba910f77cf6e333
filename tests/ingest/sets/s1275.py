DAY = "2025-05-13"
SENTS = [
 ("The Kurdistan Workers' Party announced on Monday that it would disband and lay down its arms, ending a four-decade insurgency against the Turkish state.", [], ["org:PKK ATTACKS TUR"]),
 ("The decision followed a call in February by the group's jailed founder, Abdullah Ocalan.", [], []),
 ("Recep Tayyip Erdogan welcomed the move as an important step towards a terror-free Turkey.", [], []),
 ("Turkey has carried out hundreds of air strikes on PKK camps in northern Iraq in recent years.", ["TUR ATTACKS org:PKK"], ["TUR ATTACKS IRQ"]),
 ("The United States and the European Union list the PKK as a terrorist organisation.", [], []),
]
