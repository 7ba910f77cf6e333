DAY = "1995-10-23"
SENTS = [
 ("Bill Clinton and Boris Yeltsin met at Franklin Roosevelt's home in Hyde Park, New York, on Monday and agreed in principle that Russian troops would help police a peace settlement in Bosnia.", ["person:bill-clinton MEETS person:boris-yeltsin"], ["person:boris-yeltsin MEETS USA", "RUS DEPLOYS_TROOPS BIH"]),
 ("Moscow refuses to put its soldiers under NATO command, and the two leaders left the details to their defence ministers.", [], []),
 ("Earlier, at the United Nations' 50th anniversary session, Yeltsin criticised NATO's air strikes on the Bosnian Serbs and its plans to expand eastward.", ["person:boris-yeltsin CONDEMNS org:NATO"], []),
 ("The United States has promised to send 20,000 troops to Bosnia once a peace agreement is signed.", [], ["USA DEPLOYS_TROOPS BIH"]),
 ("Clinton praised Yeltsin as a partner who had kept Russia on the road to reform.", ["person:bill-clinton SUPPORTS person:boris-yeltsin"], []),
]
