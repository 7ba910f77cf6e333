DAY = "2022-04-20"
SENTS = [
 ("China and the Solomon Islands have signed a security agreement, the foreign ministry in Beijing said on Tuesday.", ["CHN ALLIED_WITH SLB"], []),
 ("The pact could allow Chinese warships to dock in Honiara and Chinese police to be sent to maintain order.", [], []),
 ("Australian Prime Minister Scott Morrison called the deal a matter of great concern to the whole Pacific family.", ["person:scott-morrison LEADS AUS"], ["person:scott-morrison CONDEMNS CHN", "person:scott-morrison CONDEMNS SLB"]),
 ("Solomon Islands Prime Minister Manasseh Sogavare told parliament that his government had no intention of letting China build a military base.", ["person:manasseh-sogavare LEADS SLB"], []),
 ("A White House delegation led by Kurt Campbell flew to Honiara days later to meet Sogavare.", ["USA MEETS SLB", "person:kurt-campbell MEETS SLB"], ["person:kurt-campbell MEETS person:manasseh-sogavare", "USA MEETS person:manasseh-sogavare"]),
]
