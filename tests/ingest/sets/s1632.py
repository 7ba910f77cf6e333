DAY = "2024-11-22"
SENTS = [
 ("The International Criminal Court issued arrest warrants on Thursday for Benjamin Netanyahu and his former defence minister, Yoav Gallant, over alleged war crimes in Gaza.", [], ["org:ICC CONDEMNS person:benjamin-netanyahu", "org:ICC CONDEMNS person:yoav-gallant"]),
 ("Netanyahu denounced the decision as antisemitic and said Israel would not bow to pressure.", [], ["person:benjamin-netanyahu CONDEMNS org:ICC"]),
 ("Hungary's Prime Minister Viktor Orban responded by inviting Netanyahu to Budapest, saying the warrant would have no effect in Hungary.", ["person:viktor-orban LEADS HUN"], ["person:viktor-orban SUPPORTS person:benjamin-netanyahu"]),
 ("The Netherlands and Ireland said they would arrest him if he set foot on their territory.", [], []),
 ("The White House said it fundamentally rejected the court's decision to issue warrants for Israeli officials.", ["USA CONDEMNS org:ICC"], []),
]
