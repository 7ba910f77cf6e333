DAY = "2017-09-04"
SENTS = [
 ("North Korea conducted its sixth and most powerful nuclear test on Sunday, claiming to have detonated a hydrogen bomb that could be mounted on an intercontinental ballistic missile.", [], []),
 ("President Donald Trump called North Korea a rogue nation and said its actions were very hostile and dangerous to the United States.", ["person:donald-trump CONDEMNS PRK"], ["person:donald-trump LEADS USA"]),
 ("Trump also criticised South Korea, saying its talk of appeasement with the North would not work.", ["person:donald-trump CONDEMNS KOR"], []),
 ("China, which accounts for about 90 percent of North Korea's trade, said it strongly condemned the test.", ["CHN TRADES_WITH PRK", "CHN CONDEMNS PRK"], []),
 ("South Korea responded with a live-fire drill simulating an attack on the North's nuclear test site.", [], ["KOR ATTACKS PRK"]),
 ("Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin, who are due to meet in Vladivostok this week, discussed the test by phone.", ["person:shinzo-abe LEADS JPN", "person:vladimir-putin LEADS RUS", "person:shinzo-abe MEETS person:vladimir-putin"], []),
]
