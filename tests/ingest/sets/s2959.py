DAY = "1971-06-17"
SENTS = [
 ("Japan and the United States signed a treaty today that returns Okinawa to Japanese rule next year after twenty-six years of American administration.", [], ["JPN MEETS USA", "USA DEPLOYS_TROOPS JPN"]),
 ("Foreign Minister Kiichi Aichi signed in Tokyo and Secretary of State William Rogers in Washington, the two ceremonies joined by satellite.", [], []),
 ("The Americans will keep their bases on the island, but nuclear weapons are to be taken away before the handover.", [], ["USA DEPLOYS_TROOPS JPN"]),
 ("Peking denounced the treaty as a plot by Washington and Tokyo to turn Okinawa into a base against China.", ["CHN CONDEMNS USA", "CHN CONDEMNS JPN"], []),
 ("In Taipei, the Nationalist Government protested that the Senkaku Islands, which are to go to Japan with Okinawa, belong to China.", [], ["TWN CONDEMNS JPN"]),
]
