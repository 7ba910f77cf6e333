DAY = "2006-11-19"
SENTS = [
 ("About 150 Australian and New Zealand soldiers and police arrived in Tonga on Saturday to help restore order after rioters burned much of the centre of the capital, Nuku'alofa.", ["AUS DEPLOYS_TROOPS TON", "NZL DEPLOYS_TROOPS TON"], []),
 ("Tonga's prime minister, Feleti Sevele, asked both governments for help after pro-democracy protests turned violent on Thursday and eight people died in a burning shop.", ["person:feleti-sevele LEADS TON"], []),
 ("The troops are securing the airport and government buildings while Tongan police search for looters.", [], []),
 ("Canberra and Wellington said their forces would stay only as long as the kingdom's government wanted them, and urged King George Tupou V to press ahead with political reforms.", [], ["AUS DEPLOYS_TROOPS TON", "NZL DEPLOYS_TROOPS TON"]),
 ("China, which has given Tonga millions of dollars in loans for new government offices, also sent a plane to fly out Chinese shopkeepers whose stores were looted.", ["CHN SUPPORTS TON"], []),
]
