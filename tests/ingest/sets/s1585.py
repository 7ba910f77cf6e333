DAY = "1982-04-05"
SENTS = [
 ("Argentine troops landed on the Falkland Islands on Friday and overwhelmed the small garrison of Royal Marines in Port Stanley.", [], ["ARG ATTACKS GBR", "ARG DEPLOYS_TROOPS FLK"]),
 ("Britain broke off diplomatic relations with Buenos Aires and froze Argentine assets in London.", ["GBR SANCTIONS ARG"], ["GBR CONDEMNS ARG"]),
 ("A naval task force led by two aircraft carriers sailed from Portsmouth on Monday to retake the islands.", [], []),
 ("The UN Security Council passed a resolution demanding an immediate withdrawal of Argentine forces, with only Panama voting against.", [], ["org:UNSC CONDEMNS ARG"]),
 ("Prime Minister Margaret Thatcher told the Commons that the islands would be freed from occupation as soon as possible.", [], ["person:margaret-thatcher LEADS GBR"]),
]
