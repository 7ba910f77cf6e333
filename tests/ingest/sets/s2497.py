DAY = "2017-03-12"
SENTS = [
 ("The Netherlands barred Turkey's foreign minister, Mevlut Cavusoglu, from landing in Rotterdam on Saturday and escorted a second Turkish minister to the German border, stopping them from campaigning among Dutch Turks for a referendum.", [], ["NLD SANCTIONS TUR", "NLD SANCTIONS person:mevlut-cavusoglu"]),
 ("President Recep Tayyip Erdogan called the Dutch government Nazi remnants and fascists and threatened to make the Netherlands pay.", ["person:recep-tayyip-erdogan CONDEMNS NLD"], ["person:recep-tayyip-erdogan LEADS TUR"]),
 ("Prime Minister Mark Rutte called the remarks crazy and unacceptable and demanded an apology.", [], ["person:mark-rutte LEADS NLD", "person:mark-rutte CONDEMNS person:recep-tayyip-erdogan", "person:mark-rutte CONDEMNS TUR"]),
 ("Turkey closed the Dutch embassy and consulate in Ankara and Istanbul and barred the Dutch ambassador, who was abroad, from returning.", [], ["TUR SANCTIONS NLD", "TUR CONDEMNS NLD"]),
 ("Denmark's prime minister asked his Turkish counterpart to postpone a planned visit to Copenhagen because of the row.", [], ["DNK SANCTIONS TUR", "TUR MEETS DNK"]),
]
