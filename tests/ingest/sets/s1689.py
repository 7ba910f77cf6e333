DAY = "2018-09-11"
SENTS = [
 ("Russia began its largest military exercises since the Cold War on Tuesday, with about 300,000 troops taking part in the Vostok drills across Siberia and the Far East.", [], []),
 ("China sent 3,200 soldiers and 30 aircraft to take part, the first time it has joined the annual drills on such a scale.", [], ["CHN DEPLOYS_TROOPS RUS", "CHN ALLIED_WITH RUS"]),
 ("Mongolia also sent a small contingent.", [], ["MNG ALLIED_WITH RUS", "MNG DEPLOYS_TROOPS RUS"]),
 ("NATO said the exercises showed that Russia was preparing for large-scale conflict.", [], ["org:NATO CONDEMNS RUS"]),
 ("Vladimir Putin and Xi Jinping met the same day at an economic forum in Vladivostok, where they pledged to deepen their strategic partnership.", ["person:vladimir-putin MEETS person:xi-jinping"], ["RUS ALLIED_WITH CHN", "person:xi-jinping MEETS RUS"]),
]
