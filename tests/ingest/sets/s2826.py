DAY = "1955-10-02"
SENTS = [
 ("Premier Gamal Abdel Nasser announced that Egypt had agreed to buy arms from Czechoslovakia in exchange for cotton and rice.", ["CSK SUPPLIES_ARMS EGY"], ["person:gamal-abdel-nasser LEADS EGY", "CSK TRADES_WITH EGY"]),
 ("Western diplomats believe the weapons, among them MiG jets and Stalin tanks, come from the Soviet Union.", [], ["SUN SUPPLIES_ARMS EGY"]),
 ("Israel's Prime Minister, Moshe Sharett, said the deal threatened Israel's existence and asked Washington for more arms.", ["person:moshe-sharett LEADS ISR"], ["person:moshe-sharett CONDEMNS EGY"]),
 ("An American envoy flew to Cairo to caution Nasser about the consequences.", [], ["USA MEETS EGY"]),
 ("Britain, which still has troops at Suez, has sold Egypt a few Centurion tanks and Meteor jets.", ["GBR SUPPLIES_ARMS EGY"], ["GBR DEPLOYS_TROOPS EGY"]),
]
