DAY = "2016-09-14"
SENTS = [
 ("The United States agreed on Wednesday to give Israel $38 billion in military aid over ten years, the largest such pledge Washington has ever made to any country.", ["USA SUPPORTS ISR"], ["USA SUPPLIES_ARMS ISR"]),
 ("The memorandum of understanding, signed at the State Department, replaces one that gave Israel about $3 billion a year and expires in 2018.", [], []),
 ("Under its terms Israel will gradually stop spending part of the money on its own defence industry and buy more American equipment instead.", [], ["USA SUPPLIES_ARMS ISR"]),
 ("Prime Minister Benjamin Netanyahu thanked President Barack Obama, with whom he has clashed repeatedly over Iran and the Palestinians.", [], ["person:benjamin-netanyahu SUPPORTS person:barack-obama", "person:benjamin-netanyahu CONDEMNS person:barack-obama", "person:barack-obama CONDEMNS person:benjamin-netanyahu", "person:benjamin-netanyahu LEADS ISR", "person:barack-obama LEADS USA"]),
 ("Israel has used American-made F-16 jets in its wars in Gaza and Lebanon.", ["USA SUPPLIES_ARMS ISR"], ["ISR ATTACKS LBN"]),
]
