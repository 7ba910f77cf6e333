DAY = "1947-07-22"
SENTS = [
 ("Dutch troops struck at the Indonesian Republic on Monday, driving inland from Batavia, Semarang and Surabaya into republican territory on Java and Sumatra.", ["NLD ATTACKS IDN"], []),
 ("The Netherlands government in The Hague described the operation as a police action to restore order, not a war.", [], []),
 ("Republican leaders in Jogjakarta appealed to the United Nations and to the United States to stop the fighting.", [], ["IDN MEETS org:UN", "IDN MEETS USA"]),
 ("India's interim government, headed by Pandit Nehru, denounced the Dutch attack and closed Indian airfields to Dutch aircraft.", ["IND CONDEMNS NLD"], ["person:jawaharlal-nehru LEADS IND", "IND SANCTIONS NLD"]),
 ("Australian dockers refused to load Dutch ships carrying supplies for the forces in Indonesia.", [], []),
 ("Britain offered its good offices to both sides on Tuesday.", [], []),
]
