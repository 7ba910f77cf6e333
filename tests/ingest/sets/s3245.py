DAY = "1957-11-15"
SENTS = [
 ("The United States and Britain shipped a token consignment of rifles and machine guns to Tunisia on Thursday, brushing aside the objections of France.", ["USA SUPPLIES_ARMS TUN", "GBR SUPPLIES_ARMS TUN"], []),
 ("President Habib Bourguiba had warned that he would turn to Egypt or the Soviet bloc if the West refused him weapons.", [], ["person:habib-bourguiba LEADS TUN"]),
 ("France fears that guns sent to Tunis will reach the Algerian rebels fighting its army.", [], []),
 ("The French delegates walked out of a meeting of NATO parliamentarians in Paris in protest, and Premier Felix Gaillard called the decision a blow to the alliance.", [], ["FRA CONDEMNS USA", "FRA CONDEMNS GBR", "FRA MEMBER_OF org:NATO", "person:felix-gaillard LEADS FRA"]),
 ("Egypt offered on Friday to give Tunisia arms free of charge.", [], ["EGY SUPPLIES_ARMS TUN"]),
]
