DAY = "2025-09-30"
SENTS = [
 ("Denmark will buy European-made SAMP/T air defence systems rather than the American Patriot, the defence ministry said on Tuesday.", [], ["FRA SUPPLIES_ARMS DNK", "ITA SUPPLIES_ARMS DNK"]),
 ("The systems are built by Eurosam, a joint venture of France's Thales and the Franco-Italian MBDA.", [], []),
 ("Copenhagen has been alarmed by Donald Trump's repeated threats to take over Greenland, a Danish territory.", [], ["DNK CONDEMNS person:donald-trump"]),
 ("Denmark has given Ukraine its entire fleet of artillery and pledged all of its F-16s.", ["DNK SUPPLIES_ARMS UKR"], []),
 ("Unidentified drones forced the closure of Copenhagen airport last week, an incident Prime Minister Mette Frederiksen linked to Russia.", [], ["person:mette-frederiksen CONDEMNS RUS", "person:mette-frederiksen LEADS DNK"]),
]
