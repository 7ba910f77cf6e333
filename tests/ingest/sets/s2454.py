DAY = "2008-04-19"
SENTS = [
 ("A Chinese ship carrying weapons for Zimbabwe left South African waters on Friday after dock workers in Durban refused to unload its cargo of rifle ammunition, mortar bombs and rocket-propelled grenades.", ["CHN SUPPLIES_ARMS ZWE"], []),
 ("Zambian President Levy Mwanawasa, who chairs the Southern African Development Community, urged the region's governments not to let the ship enter their waters.", ["person:levy-mwanawasa LEADS ZMB"], ["ZMB MEMBER_OF org:SADC", "person:levy-mwanawasa LEADS org:SADC"]),
 ("The United States said it had asked China to halt the shipment because of the tension after Zimbabwe's disputed election.", [], ["USA CONDEMNS CHN"]),
 ("China said the arms had been ordered last year under a normal trade contract with Zimbabwe's government.", ["CHN SUPPLIES_ARMS ZWE"], ["CHN TRADES_WITH ZWE"]),
 ("Robert Mugabe's government, under Western sanctions since 2002, accused Britain of trying to topple it.", ["ZWE CONDEMNS GBR", "bloc:WEST SANCTIONS ZWE"], ["person:robert-mugabe LEADS ZWE"]),
]
