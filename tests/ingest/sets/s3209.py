DAY = "1994-04-11"
SENTS = [
 ("Two American F-16s under NATO command bombed Bosnian Serb positions around the Muslim enclave of Gorazde on Sunday, the first air strikes on ground targets in the alliance's history.", [], ["org:NATO ATTACKS BIH", "USA ATTACKS BIH"]),
 ("The jets were called in by General Michael Rose, the British commander of United Nations forces in Bosnia, after Serb gunners shelled the town for days.", ["org:UN DEPLOYS_TROOPS BIH"], ["GBR DEPLOYS_TROOPS BIH"]),
 ("Russia, which had not been consulted, protested that the raids could wreck the search for peace.", [], ["RUS CONDEMNS org:NATO"]),
 ("President Boris Yeltsin's special envoy, Vitaly Churkin, had been negotiating with the Serbs in Pale.", [], ["person:boris-yeltsin LEADS RUS"]),
]
