DAY = "2025-09-20"
SENTS = [
 ("Vanuatu declined to sign the Nakamal security agreement with Australia, which would have committed Canberra to fund the island's police and infrastructure.", [], []),
 ("Prime Minister Jotham Napat said parts of the deal needed further consultation.", [], []),
 ("China is Vanuatu's largest bilateral creditor and built its parliament house.", ["CHN SUPPORTS VUT"], []),
 ("Australia signed a mutual defence treaty with Papua New Guinea days earlier.", ["AUS ALLIED_WITH PNG"]),
 ("Solomon Islands signed a security pact with China in 2022, alarming Canberra and Washington.", ["SLB ALLIED_WITH CHN"]),
]
