DAY = "2015-04-28"
SENTS = [
 ("Indian air force planes have flown hundreds of rescuers and tonnes of supplies into Kathmandu since Saturday's earthquake, which killed more than 4,000 people in Nepal.", ["IND SUPPORTS NPL"], ["IND DEPLOYS_TROOPS NPL"]),
 ("Prime Minister Narendra Modi spoke to his Nepalese counterpart, Sushil Koirala, within hours of the quake.", ["person:narendra-modi MEETS person:sushil-koirala"], ["person:narendra-modi LEADS IND", "person:sushil-koirala LEADS NPL"]),
 ("China sent a 62-member search and rescue team and pledged 20 million yuan in emergency aid to its Himalayan neighbour.", ["CHN SUPPORTS NPL"], []),
 ("Pakistan sent four C-130 aircraft carrying a field hospital and rescue teams to Kathmandu.", ["PAK SUPPORTS NPL"], []),
 ("The United States announced $10 million in aid and flew in a disaster response team from its air base in Okinawa.", [], ["USA SUPPORTS NPL", "USA DEPLOYS_TROOPS JPN"]),
]
