DAY = "2005-11-22"
SENTS = [
 ("George W. Bush on Monday became the first sitting American president to visit Mongolia, and thanked it for sending troops to Iraq.", ["person:george-w-bush MEETS MNG", "MNG DEPLOYS_TROOPS IRQ"], ["person:george-w-bush SUPPORTS MNG", "person:george-w-bush LEADS USA"]),
 ("Mongolia, which has about 160 soldiers in Iraq, is one of the smallest members of the US-led coalition there.", ["MNG DEPLOYS_TROOPS IRQ"], []),
 ("Bush met President Nambaryn Enkhbayar in Ulan Bator and pledged $11 million to help modernise Mongolia's military.", ["person:george-w-bush MEETS person:nambaryn-enkhbayar"], ["person:nambaryn-enkhbayar LEADS MNG", "USA SUPPORTS MNG", "person:george-w-bush SUPPORTS MNG"]),
 ("Mongolia, wedged between Russia and China, has sought closer ties with the United States, Japan and other democracies it calls its third neighbours.", [], []),
 ("Bush flew to Ulan Bator from Beijing, where he had held talks with Hu Jintao on trade and North Korea.", ["person:george-w-bush MEETS person:hu-jintao"], ["person:george-w-bush MEETS CHN", "USA TRADES_WITH CHN"]),
]
