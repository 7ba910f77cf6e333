DAY = "1995-07-12"
SENTS = [
 ("Bosnian Serb forces overran the UN-protected enclave of Srebrenica on Tuesday, and thousands of Muslim refugees fled to a Dutch peacekeepers' base at Potocari.", [], ["NLD DEPLOYS_TROOPS BIH"]),
 ("Two NATO jets bombed Serb tanks advancing on the town, but the air strikes were called off after the Serbs threatened to kill captured Dutch soldiers.", [], []),
 ("The Netherlands has about 400 troops in the enclave.", [], ["NLD DEPLOYS_TROOPS BIH"]),
 ("France's President Jacques Chirac urged the allies to retake the town by force.", ["person:jacques-chirac LEADS FRA"], []),
 ("The UN Security Council demanded that the Bosnian Serbs withdraw from the enclave.", [], []),
]
