DAY = "1989-04-28"
SENTS = [
 ("Senegal and Mauritania agreed on Thursday to repatriate each other's nationals after a week of ethnic violence that left hundreds dead in both countries.", [], ["SEN MEETS MRT"]),
 ("Mauritanian mobs attacked Senegalese traders in Nouakchott after a border clash over grazing rights, and Senegalese crowds retaliated against Mauritanians in Dakar.", [], ["SEN ATTACKS MRT", "MRT ATTACKS SEN"]),
 ("France, Morocco and Algeria are providing aircraft for the airlift of tens of thousands of people across the Senegal River.", [], ["FRA SUPPORTS SEN", "FRA SUPPORTS MRT"]),
 ("President Abdou Diouf of Senegal accused the Mauritanian authorities of failing to protect Senegalese citizens.", ["person:abdou-diouf LEADS SEN", "person:abdou-diouf CONDEMNS MRT"], []),
 ("Mauritania broke off diplomatic relations with Senegal in August.", [], ["MRT SANCTIONS SEN", "MRT CONDEMNS SEN"]),
]
