DAY = "2020-06-21"
SENTS = [
 ("Egyptian President Abdel Fattah al-Sisi warned on Saturday that any advance by Turkish-backed forces on the Libyan city of Sirte would be a red line for Egypt.", ["person:abdel-fattah-el-sisi LEADS EGY"], ["person:abdel-fattah-el-sisi CONDEMNS TUR"]),
 ("Sisi told troops at an air base near the border that Egypt had a legitimate right to intervene in its neighbour.", [], []),
 ("Turkey has sent military advisers, drones and Syrian fighters to support the UN-recognised government in Tripoli.", ["TUR DEPLOYS_TROOPS LBY", "TUR SUPPLIES_ARMS LBY"], ["TUR SUPPORTS LBY"]),
 ("Egypt, the United Arab Emirates and Russia back the eastern commander Khalifa Haftar, whose forces were driven back from the capital this month.", ["EGY SUPPORTS person:khalifa-haftar", "ARE SUPPORTS person:khalifa-haftar", "RUS SUPPORTS person:khalifa-haftar"], []),
 ("The government in Tripoli called Sisi's remarks a declaration of war.", ["LBY CONDEMNS person:abdel-fattah-el-sisi"], []),
 ("Saudi Arabia, Jordan and the UAE said they supported Egypt's right to defend its border.", ["SAU SUPPORTS EGY", "JOR SUPPORTS EGY", "ARE SUPPORTS EGY"], []),
]
