DAY = "2014-03-18"
SENTS = [
 ("Vladimir Putin signed a treaty on Tuesday absorbing Crimea into Russia, two days after a referendum held under the gaze of Russian troops.", [], ["person:vladimir-putin LEADS RUS", "RUS ATTACKS UKR"]),
 ("Ukraine's interim prime minister, Arseniy Yatsenyuk, said the conflict had entered a military stage after a Ukrainian serviceman was killed in Simferopol.", ["person:arseniy-yatsenyuk LEADS UKR"], []),
 ("The United States and the European Union responded by imposing asset freezes and travel bans on Russian and Ukrainian officials involved in the takeover.", ["USA SANCTIONS RUS", "org:EU SANCTIONS RUS"], ["USA SANCTIONS UKR", "org:EU SANCTIONS UKR"]),
 ("Barack Obama accused Moscow of violating international law, and the G7 suspended Russia from the G8.", ["person:barack-obama CONDEMNS RUS"], ["org:G7 SANCTIONS RUS", "org:G7 CONDEMNS RUS", "RUS MEMBER_OF org:G8"]),
 ("Kazakhstan and Belarus, Russia's closest allies, stayed silent, while China said it respected Ukraine's territorial integrity.", ["KAZ ALLIED_WITH RUS", "BLR ALLIED_WITH RUS"], ["CHN SUPPORTS UKR"]),
]
