DAY = "2002-12-12"
SENTS = [
 ("Spanish warships stopped a North Korean freighter in the Arabian Sea on Monday and found fifteen Scud missiles hidden under bags of cement.", [], []),
 ("The United States allowed the ship to continue to Yemen on Wednesday after the Yemeni government said it had bought the missiles from North Korea for its own defence.", ["PRK SUPPLIES_ARMS YEM"], []),
 ("Washington said there was no provision of international law to seize the cargo, although it has long urged Pyongyang to stop selling missiles abroad.", ["USA CONDEMNS PRK"], []),
 ("Yemen promised Vice President Dick Cheney that it would buy no more missiles from Pyongyang.", [], ["PRK SUPPLIES_ARMS YEM"]),
 ("Pyongyang denounced the boarding as piracy and said Spain and the United States owed it an apology.", ["PRK CONDEMNS ESP", "PRK CONDEMNS USA"], []),
]
