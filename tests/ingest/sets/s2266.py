DAY = "2009-09-17"
SENTS = [
 ("President Barack Obama scrapped plans on Thursday to base missile defence interceptors in Poland and a radar in the Czech Republic.", [], ["person:barack-obama LEADS USA"]),
 ("Obama said that ships armed with SM-3 missiles would protect Europe against Iran's short- and medium-range missiles instead.", [], ["person:barack-obama CONDEMNS IRN"]),
 ("Russia, which had threatened to deploy missiles in Kaliningrad in response to the shield, welcomed the decision.", [], ["RUS SUPPORTS USA"]),
 ("Poland's Prime Minister Donald Tusk said the decision would not harm Poland's alliance with the United States.", ["person:donald-tusk LEADS POL", "POL ALLIED_WITH USA"], []),
 ("Obama telephoned Tusk and the Czech prime minister, Jan Fischer, before announcing the decision.", ["person:barack-obama MEETS person:donald-tusk", "person:barack-obama MEETS person:jan-fischer", "person:jan-fischer LEADS CZE"], []),
]
