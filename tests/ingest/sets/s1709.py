DAY = "2013-08-16"
SENTS = [
 ("Egyptian security forces killed hundreds of people on Wednesday as they cleared two Cairo camps of supporters of the ousted president, Mohamed Morsi.", [], ["person:mohamed-morsi LEADS EGY"]),
 ("Barack Obama cancelled joint military exercises with Egypt planned for next month and said cooperation could not continue as usual.", [], ["USA ALLIED_WITH EGY", "person:barack-obama CONDEMNS EGY"]),
 ("Turkey recalled its ambassador from Cairo, and Prime Minister Recep Tayyip Erdogan called the crackdown a massacre.", [], ["TUR CONDEMNS EGY", "person:recep-tayyip-erdogan CONDEMNS EGY", "person:recep-tayyip-erdogan LEADS TUR"]),
 ("Saudi Arabia's King Abdullah declared his support for Egypt's army in its fight against what he called terrorism.", ["person:abdullah-bin-abdulaziz LEADS SAU", "person:abdullah-bin-abdulaziz SUPPORTS EGY"], []),
 ("The United States gives Egypt $1.3 billion in military aid every year.", ["USA SUPPORTS EGY"], []),
]
