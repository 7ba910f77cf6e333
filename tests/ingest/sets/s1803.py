DAY = "1996-03-11"
SENTS = [
 ("The United States ordered a second aircraft carrier group to the waters near Taiwan on Monday as China fired more missiles into the sea off the island ahead of its presidential election.", [], ["USA DEPLOYS_TROOPS TWN", "USA SUPPORTS TWN"]),
 ("The Nimitz will join the Independence, which is already stationed east of Taiwan, in the largest American naval deployment in Asia since the Vietnam War.", [], []),
 ("Beijing has been staging missile tests and military exercises in the Taiwan Strait for a week in an attempt to intimidate voters.", [], ["CHN CONDEMNS TWN"]),
 ("Chinese Premier Li Peng warned the United States not to interfere in China's internal affairs.", ["person:li-peng LEADS CHN"], ["person:li-peng CONDEMNS USA"]),
 ("President Lee Teng-hui, who is expected to win Taiwan's first direct presidential vote, accused Beijing of state terrorism.", ["person:lee-teng-hui CONDEMNS CHN"], ["person:lee-teng-hui LEADS TWN"]),
 ("Japan urged China to show restraint, and Washington said it had told Beijing the tests were reckless.", [], ["USA CONDEMNS CHN"]),
]
