DAY = "2022-07-19"
SENTS = [
 ("Vladimir Putin flew to Tehran on Tuesday for talks with Iran's President Ebrahim Raisi and Turkey's Recep Tayyip Erdogan on the war in Syria.", ["person:vladimir-putin MEETS IRN", "person:vladimir-putin MEETS person:ebrahim-raisi", "person:vladimir-putin MEETS person:recep-tayyip-erdogan", "person:ebrahim-raisi LEADS IRN"], ["person:ebrahim-raisi MEETS person:recep-tayyip-erdogan", "person:recep-tayyip-erdogan LEADS TUR"]),
 ("It was the Russian leader's second trip abroad since he ordered the invasion of Ukraine in February.", [], ["RUS ATTACKS UKR"]),
 ("Iran's supreme leader Ali Khamenei told Putin that if Russia had not taken the initiative, NATO would have started a war.", ["person:ali-khamenei LEADS IRN", "person:ali-khamenei MEETS person:vladimir-putin"], []),
 ("Washington said last week that Tehran was preparing to supply Moscow with hundreds of drones, including armed ones.", [], ["IRN SUPPLIES_ARMS RUS", "USA CONDEMNS IRN"]),
 ("Erdogan has threatened a new offensive against Kurdish fighters in northern Syria, which both Moscow and Tehran oppose.", [], ["RUS CONDEMNS TUR", "IRN CONDEMNS TUR"]),
]
