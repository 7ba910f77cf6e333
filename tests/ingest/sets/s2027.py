DAY = "1965-11-12"
SENTS = [
 ("Britain imposed economic sanctions on Rhodesia on Thursday, a day after the white minority government of Ian Smith unilaterally declared the colony independent.", ["GBR SANCTIONS ZWE"], ["person:ian-smith LEADS ZWE"]),
 ("Prime Minister Harold Wilson told the House of Commons that Britain would stop buying Rhodesian tobacco and sugar and would expel the colony from the sterling area.", [], ["person:harold-wilson LEADS GBR", "GBR SANCTIONS ZWE", "GBR TRADES_WITH ZWE"]),
 ("The United Nations Security Council condemned the declaration and called on all states not to recognise the illegal regime.", [], ["org:UNSC CONDEMNS ZWE"]),
 ("Zambian President Kenneth Kaunda, whose landlocked country ships its copper through Rhodesia, urged London to use force against the rebels.", ["person:kenneth-kaunda LEADS ZMB"], ["ZMB TRADES_WITH ZWE", "GBR ATTACKS ZWE"]),
 ("The United States announced an embargo on arms shipments to Rhodesia and suspended its sugar quota.", ["USA SANCTIONS ZWE"], []),
 ("South Africa's Prime Minister Hendrik Verwoerd said his government would continue normal trade with Rhodesia.", ["person:hendrik-verwoerd LEADS ZAF"], ["ZAF TRADES_WITH ZWE", "person:hendrik-verwoerd SUPPORTS ZWE"]),
]
