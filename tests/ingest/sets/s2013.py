DAY = "2006-12-08"
SENTS = [
 ("The Commonwealth suspended Fiji from its councils on Friday, three days after the military commander, Commodore Frank Bainimarama, seized power in a bloodless coup.", ["FJI MEMBER_OF org:COMMONWEALTH"], ["org:COMMONWEALTH SANCTIONS FJI", "person:frank-bainimarama LEADS FJI"]),
 ("Australia and New Zealand suspended military cooperation with Fiji and imposed travel bans on the coup leaders.", ["AUS SANCTIONS FJI", "NZL SANCTIONS FJI"], []),
 ("Prime Minister John Howard said Australia would not intervene militarily.", [], ["person:john-howard LEADS AUS"]),
 ("The ousted prime minister, Laisenia Qarase, had asked Canberra to send troops, but Howard refused.", [], []),
 ("The United States cut off about 2.5 million dollars in military aid to Fiji.", [], ["USA SANCTIONS FJI"]),
]
