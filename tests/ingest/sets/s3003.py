DAY = "1945-11-20"
SENTS = [
 ("Soviet troops stopped an Iranian army column at Sharifabad, east of Teheran, as it moved north to put down a revolt in the province of Azerbaijan.", [], ["SUN DEPLOYS_TROOPS IRN", "SUN ATTACKS IRN"]),
 ("The Iranian Government protested to Moscow that the Red Army was interfering in Iran's internal affairs.", ["IRN CONDEMNS SUN"], ["SUN DEPLOYS_TROOPS IRN"]),
 ("The United States has asked the Soviet Union and Britain to pull all their troops out of Iran by January 1.", [], ["SUN DEPLOYS_TROOPS IRN", "GBR DEPLOYS_TROOPS IRN"]),
 ("Under the treaty of 1942, British and Soviet forces must leave Iran within six months of the end of the war.", ["GBR DEPLOYS_TROOPS IRN", "SUN DEPLOYS_TROOPS IRN"], []),
 ("Tass accused Iranian reactionaries of provoking bloodshed in Tabriz.", [], ["SUN CONDEMNS IRN"]),
]
