DAY = "1997-04-15"
SENTS = [
 ("The first Italian and French soldiers of a multinational protection force landed in Albania on Tuesday to secure the delivery of aid after weeks of anarchy.", ["ITA DEPLOYS_TROOPS ALB", "FRA DEPLOYS_TROOPS ALB"], []),
 ("Italy, which leads the 6,000-strong force, has also sent warships to stop Albanian refugees crossing the Adriatic.", [], ["ITA DEPLOYS_TROOPS ALB"]),
 ("Greece, Turkey, Spain, Romania and Austria are also contributing troops to the mission, authorised by the UN Security Council last month.", [], ["GRC DEPLOYS_TROOPS ALB", "TUR DEPLOYS_TROOPS ALB", "ESP DEPLOYS_TROOPS ALB", "ROU DEPLOYS_TROOPS ALB", "AUT DEPLOYS_TROOPS ALB"]),
 ("President Sali Berisha welcomed the force.", [], ["person:sali-berisha SUPPORTS ITA"]),
 ("Italian Prime Minister Romano Prodi said the troops would stay no longer than three months.", ["person:romano-prodi LEADS ITA"], []),
]
