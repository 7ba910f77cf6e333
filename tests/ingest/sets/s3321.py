DAY = "1933-02-25"
SENTS = [
 ("The League of Nations Assembly adopted on Friday by 42 votes to one the Lytton report, which found that Manchuria belonged to China and that Japan's seizure of it in 1931 was not self-defence.", ["org:LEAGUE_OF_NATIONS CONDEMNS JPN"], ["JPN ATTACKS CHN"]),
 ("Japan cast the only vote against, and its delegate, Yosuke Matsuoka, led his delegation out of the hall.", [], ["JPN CONDEMNS org:LEAGUE_OF_NATIONS"]),
 ("Siam abstained.", [], []),
 ("Tokyo is expected to announce its withdrawal from the League within weeks.", [], []),
 ("Japanese troops advancing into the Chinese province of Jehol have already taken Kailu and are moving on Chengteh, its capital.", ["JPN ATTACKS CHN"], ["JPN DEPLOYS_TROOPS CHN"]),
]
