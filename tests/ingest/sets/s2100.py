DAY = "2011-05-23"
SENTS = [
 ("Sudan's army seized the disputed border town of Abyei on Saturday, sending tens of thousands of people fleeing south, weeks before South Sudan becomes independent.", [], ["SDN ATTACKS SSD"]),
 ("The government of South Sudan called the takeover an act of war and accused Khartoum of trying to grab the oil-rich region.", ["SSD CONDEMNS SDN"], []),
 ("The UN Security Council demanded that Sudan withdraw its forces from Abyei immediately.", [], ["org:UNSC CONDEMNS SDN"]),
 ("President Omar al-Bashir said the town was northern territory and that his troops would not leave.", [], ["person:omar-al-bashir LEADS SDN"]),
 ("The United States warned Khartoum that the seizure threatened plans to normalise relations and lift sanctions.", [], ["USA CONDEMNS SDN", "USA SANCTIONS SDN"]),
]
