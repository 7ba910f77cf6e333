DAY = "1994-02-17"
SENTS = [
 ("Greece closed the port of Salonika on Wednesday to all goods bound for the former Yugoslav republic of Macedonia except food and medicine, cutting off the landlocked state's main trade route.", ["GRC SANCTIONS MKD"], []),
 ("Prime Minister Andreas Papandreou said the embargo would stay until Skopje changed its flag and its constitution, which Athens says imply claims on northern Greece.", [], ["person:andreas-papandreou LEADS GRC", "GRC CONDEMNS MKD", "GRC SANCTIONS MKD"]),
 ("Brussels officials held the Greek blockade to be in breach of Community law and prepared a case against Greece before the European Court of Justice.", [], ["org:EC CONDEMNS GRC", "org:EU CONDEMNS GRC"]),
 ("Washington, whose recognition of Macedonia a week ago had angered the Greeks, asked the Papandreou government to reconsider.", ["USA SUPPORTS MKD"], ["USA CONDEMNS GRC", "GRC CONDEMNS USA"]),
 ("In Skopje, President Kiro Gligorov of Macedonia said his country was being strangled economically by a fellow European state.", ["person:kiro-gligorov LEADS MKD"], ["person:kiro-gligorov CONDEMNS GRC"]),
]
