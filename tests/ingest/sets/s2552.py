DAY = "2020-08-07"
SENTS = [
 ("Greece and Egypt signed an agreement on Thursday setting out their maritime boundaries in the eastern Mediterranean, a rebuff to a deal Turkey reached with Libya's government last year.", [], ["GRC MEETS EGY", "TUR MEETS LBY"]),
 ("Turkey's foreign ministry called the accord null and void and said it encroached on Libya's continental shelf.", [], ["TUR CONDEMNS GRC", "TUR CONDEMNS EGY"]),
 ("Athens said the deal allowed both sides to exploit oil and gas reserves in their exclusive economic zones.", [], []),
 ("Egypt has been at odds with Ankara since the army removed President Mohamed Morsi, an ally of Turkish President Recep Tayyip Erdogan, in 2013.", ["person:recep-tayyip-erdogan LEADS TUR"], ["EGY CONDEMNS TUR", "person:mohamed-morsi LEADS EGY", "person:recep-tayyip-erdogan SUPPORTS person:mohamed-morsi"]),
 ("Turkey has sent drones and military advisers to help the Tripoli government fight the forces of Khalifa Haftar, who is backed by Egypt, the United Arab Emirates and Russia.", ["TUR SUPPLIES_ARMS LBY", "EGY SUPPORTS person:khalifa-haftar", "ARE SUPPORTS person:khalifa-haftar", "RUS SUPPORTS person:khalifa-haftar"], ["TUR SUPPORTS LBY", "TUR DEPLOYS_TROOPS LBY", "TUR ATTACKS person:khalifa-haftar"]),
]
