DAY = "2014-09-05"
SENTS = [
 ("Ukraine and pro-Russian separatists signed a ceasefire agreement in Minsk on Friday after talks brokered by Russia and the Organization for Security and Co-operation in Europe.", [], ["RUS MEETS UKR"]),
 ("Ukrainian President Petro Poroshenko ordered his forces to stop firing at 6 pm local time, saying the ceasefire must be preserved for as long as possible.", ["person:petro-poroshenko LEADS UKR"], []),
 ("Kyiv and its Western allies accuse Moscow of sending troops and heavy weapons across the border to support the rebels, a charge Russia denies.", ["UKR CONDEMNS RUS"], ["RUS DEPLOYS_TROOPS UKR", "RUS SUPPLIES_ARMS UKR", "bloc:WEST CONDEMNS RUS"]),
 ("NATO leaders meeting in Wales agreed to create a rapid reaction force of several thousand troops that could deploy within days to protect eastern allies.", [], []),
 ("The European Union said it would go ahead with new sanctions against Russia but could suspend them if the truce held.", [], ["org:EU SANCTIONS RUS"]),
 ("Vladimir Putin said he was pleased with the agreement and called on both sides to observe it.", [], []),
]
