DAY = "1966-04-11"
SENTS = [
 ("The Security Council on Saturday authorized Britain to use force to stop tankers bound for Beira from landing oil meant for Rhodesia.", [], ["org:UNSC SUPPORTS GBR", "GBR SANCTIONS ZWE"]),
 ("The British frigate Berwick intercepted the Greek tanker Manuela off the Mozambique coast on Sunday and turned her away.", [], []),
 ("Britain imposed an oil embargo on Rhodesia in December after Ian Smith's unilateral declaration of independence.", ["GBR SANCTIONS ZWE"], []),
 ("South Africa continues to send petrol to Rhodesia by road.", ["ZAF TRADES_WITH ZWE"], ["ZAF SUPPORTS ZWE"]),
 ("Zambia, which depends on Rhodesian railways for its copper exports, has asked London for more help.", [], ["ZMB TRADES_WITH ZWE", "ZMB MEETS GBR"]),
]
