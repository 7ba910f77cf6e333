DAY = "1927-01-11"
SENTS = [
 ("In a message to Congress on Monday, Coolidge charged that arms and ammunition from Mexico had reached the Liberal rebels fighting the government of Adolfo Diaz in Nicaragua.", ["person:calvin-coolidge CONDEMNS MEX"], ["person:calvin-coolidge LEADS USA", "person:adolfo-diaz LEADS NIC"]),
 ("Some 5,000 American marines and sailors have been landed on both coasts of Nicaragua to protect American lives and property.", ["USA DEPLOYS_TROOPS NIC"], []),
 ("Washington recognised Diaz as president in November and has since sold his government rifles, machine guns and aircraft.", ["USA SUPPORTS person:adolfo-diaz", "USA SUPPLIES_ARMS NIC"], ["person:adolfo-diaz LEADS NIC"]),
 ("Mexico, which recognises the Liberal leader Sacasa, denied sending arms and accused Washington of intervening in a Central American republic.", ["MEX SUPPORTS person:sacasa", "MEX CONDEMNS USA"], []),
]
