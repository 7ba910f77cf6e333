DAY = "1970-07-24"
SENTS = [
 ("President Nasser said on Thursday that Egypt had accepted an American proposal for a 90-day ceasefire along the Suez Canal and for indirect talks with Israel through the UN mediator, Gunnar Jarring.", [], ["person:gamal-abdel-nasser LEADS EGY", "EGY SUPPORTS USA"]),
 ("Nasser came home last week from nearly three weeks in the Soviet Union, where he conferred with Leonid Brezhnev and Premier Kosygin.", ["person:gamal-abdel-nasser MEETS person:leonid-brezhnev", "person:gamal-abdel-nasser MEETS person:alexei-kosygin", "person:gamal-abdel-nasser MEETS SUN"], ["person:alexei-kosygin LEADS SUN"]),
 ("Israel, which flies American Phantom and Skyhawk jets, has not yet given its answer.", ["USA SUPPLIES_ARMS ISR"], []),
 ("Baghdad and the Palestinian guerrilla groups called the acceptance a surrender, and Iraqi troops stationed in Jordan were put on alert.", ["IRQ DEPLOYS_TROOPS JOR"], ["IRQ CONDEMNS EGY"]),
 ("Jordan's King Hussein said he, too, had accepted the plan.", ["person:hussein-bin-talal LEADS JOR"], []),
]
