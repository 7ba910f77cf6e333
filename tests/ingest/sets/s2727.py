DAY = "1966-09-01"
SENTS = [
 ("President de Gaulle told a crowd of 100,000 in Phnom Penh on Thursday that the United States could not win in Vietnam and should fix a date for withdrawing its forces.", [], ["person:charles-de-gaulle CONDEMNS USA", "USA DEPLOYS_TROOPS VNM", "person:charles-de-gaulle LEADS FRA", "person:charles-de-gaulle MEETS KHM"]),
 ("Prince Norodom Sihanouk, Cambodia's head of state, welcomed the French leader as a friend of the small nations.", ["person:norodom-sihanouk LEADS KHM"], ["person:norodom-sihanouk MEETS person:charles-de-gaulle", "person:norodom-sihanouk SUPPORTS person:charles-de-gaulle"]),
 ("Washington reacted sharply, and the State Department said General de Gaulle had said nothing new.", [], []),
 ("France pulled its troops out of NATO's integrated command on July 1.", [], []),
]
