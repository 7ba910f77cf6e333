DAY = "1980-04-26"
SENTS = [
 ("Eight American servicemen died in the Iranian desert on Friday when a helicopter collided with a transport plane during the withdrawal of a failed mission to rescue the American hostages in Tehran.", ["USA DEPLOYS_TROOPS IRN"], []),
 ("President Jimmy Carter said in a televised address that he took full responsibility for the operation, which he had ordered.", [], ["person:jimmy-carter LEADS USA"]),
 ("Iran's foreign minister, Sadegh Ghotbzadeh, called the American raid an act of war and said the hostages would be scattered across the country.", ["person:sadegh-ghotbzadeh CONDEMNS USA"], ["IRN CONDEMNS USA"]),
 ("Britain and West Germany, which had joined American sanctions against Iran this week, said they had not been told of the mission in advance.", ["GBR SANCTIONS IRN", "DEU SANCTIONS IRN", "USA SANCTIONS IRN"], []),
 ("Secretary of State Cyrus Vance, who had opposed the mission, resigned.", [], []),
]
