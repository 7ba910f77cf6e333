DAY = "2024-11-21"
SENTS = [
 ("Russia fired a new intermediate-range ballistic missile at the Ukrainian city of Dnipro on Thursday, President Vladimir Putin said in a televised address.", ["RUS ATTACKS UKR"], ["person:vladimir-putin LEADS RUS"]),
 ("Putin said the strike was a response to Ukraine's use of American ATACMS and British Storm Shadow missiles against targets inside Russia this week.", ["USA SUPPLIES_ARMS UKR", "GBR SUPPLIES_ARMS UKR", "UKR ATTACKS RUS"], ["person:vladimir-putin CONDEMNS UKR"]),
 ("He warned that Moscow considered itself entitled to strike the military facilities of countries that allow their weapons to be used against Russia.", [], []),
 ("Ukrainian President Volodymyr Zelensky accused Putin of using Ukraine as a testing ground and called for a strong reaction from the world.", ["person:volodymyr-zelensky LEADS UKR", "person:volodymyr-zelensky CONDEMNS person:vladimir-putin"], []),
 ("The Pentagon said Russia had notified Washington shortly before the launch through nuclear risk reduction channels.", [], []),
 ("NATO Secretary General Mark Rutte said the strike would not change the alliance's determination to support Ukraine.", ["person:mark-rutte LEADS org:NATO"], ["org:NATO SUPPORTS UKR"]),
]
