DAY = "1952-10-22"
SENTS = [
 ("Iran broke off diplomatic relations with Britain on Wednesday, Prime Minister Mohammad Mosaddegh announced in a broadcast from Tehran, accusing the British government of plotting to overthrow him.", ["person:mohammad-mosaddegh CONDEMNS GBR"], ["IRN SANCTIONS GBR", "IRN CONDEMNS GBR", "person:mohammad-mosaddegh LEADS IRN"]),
 ("The break follows eighteen months of dispute over the nationalisation of the Anglo-Iranian Oil Company, whose refinery at Abadan was the largest in the world.", [], []),
 ("Britain has blocked Iranian oil exports since last year, and British warships have turned back tankers carrying oil from Abadan.", [], ["GBR SANCTIONS IRN"]),
 ("The United States, which has tried to mediate between the two countries, said it regretted the decision.", [], ["USA CONDEMNS IRN"]),
 ("British diplomats are expected to leave Tehran within a week.", [], []),
]
