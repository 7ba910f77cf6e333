DAY = "2016-09-30"
SENTS = [
 ("Indian commandos crossed the Line of Control in Kashmir on Wednesday night and struck what India called terrorist launch pads, 11 days after militants killed 19 soldiers at an army base in Uri.", [], ["IND ATTACKS PAK"]),
 ("New Delhi blamed the Uri attack on the Pakistan-based group Jaish-e-Mohammed.", [], ["IND CONDEMNS PAK"]),
 ("Pakistan's army denied that any surgical strikes had taken place and said two of its soldiers had been killed in cross-border firing.", [], ["IND ATTACKS PAK"]),
 ("Prime Minister Nawaz Sharif condemned what he called the naked aggression of Indian forces.", ["person:nawaz-sharif CONDEMNS IND"], ["person:nawaz-sharif LEADS PAK"]),
 ("Russia, a longtime friend of India, said it supported New Delhi's right to fight terrorism but cancelled nothing in its first military exercises with Pakistan, which began this week.", ["RUS SUPPORTS IND", "PAK ALLIED_WITH RUS"], []),
]
