DAY = "1983-04-19"
SENTS = [
 ("A van loaded with explosives blew up outside the American embassy in Beirut on Monday, killing at least 40 people, 16 of them Americans.", [], []),
 ("President Reagan called the bombing a cowardly act of terrorism and said it would not drive the United States out of Lebanon, where 1,200 Marines are serving with a multinational peacekeeping force.", ["USA DEPLOYS_TROOPS LBN"], ["person:ronald-reagan LEADS USA"]),
 ("A pro-Iranian group calling itself Islamic Jihad claimed responsibility in a telephone call to a French news agency.", [], []),
 ("Syria, which keeps some 40,000 troops in Lebanon, denied any link to the bombers, and President Amin Gemayel's government declared three days of mourning.", ["SYR DEPLOYS_TROOPS LBN"], ["person:amin-gemayel LEADS LBN"]),
]
