DAY = "2021-01-02"
SENTS = [
 ("Trading under the African Continental Free Trade Area began on Friday, creating a single market of 1.3 billion people across 54 countries.", [], []),
 ("Ghana, which hosts the agreement's secretariat in Accra, shipped the first consignments under the new rules.", [], []),
 ("Nigeria, Africa's largest economy, ratified the pact only last month after years of hesitation over the impact on its manufacturers.", [], []),
 ("South African President Cyril Ramaphosa, who chairs the African Union, called the launch a historic moment for the continent.", ["person:cyril-ramaphosa LEADS ZAF"], ["ZAF MEMBER_OF org:AU", "person:cyril-ramaphosa LEADS org:AU"]),
 ("Eritrea is the only African Union member that has not signed the agreement.", ["ERI MEMBER_OF org:AU"], []),
]
