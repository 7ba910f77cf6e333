DAY = "2001-09-25"
SENTS = [
 ("Vladimir Putin said on Monday that Russia would share intelligence with the United States and open its airspace to flights carrying humanitarian aid for the campaign in Afghanistan.", [], ["RUS SUPPORTS USA", "USA ATTACKS AFG"]),
 ("Putin also said Moscow would not object if Central Asian states allowed American forces to use their bases.", [], []),
 ("Tajikistan, where Russia keeps about 20,000 troops, said it would consider letting American forces use its bases.", ["RUS DEPLOYS_TROOPS TJK"], ["TJK SUPPORTS USA"]),
 ("Putin spoke by telephone with George W. Bush for the second time since the attacks on New York and Washington.", ["person:vladimir-putin MEETS person:george-w-bush"], []),
 ("Uzbekistan said it would allow American planes to use its airspace.", [], ["UZB SUPPORTS USA"]),
 ("NATO Secretary General George Robertson welcomed Moscow's stance.", ["person:george-robertson LEADS org:NATO"], ["person:george-robertson SUPPORTS RUS", "org:NATO SUPPORTS RUS"]),
]
