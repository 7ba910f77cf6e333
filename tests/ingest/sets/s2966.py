DAY = "1951-02-01"
SENTS = [
 ("The General Assembly voted today by 44 to 7 to brand Communist China an aggressor in Korea.", ["org:UNGA CONDEMNS CHN"], []),
 ("The resolution, sponsored by the United States, asks a committee to consider further measures against Peking.", [], ["org:UNGA SANCTIONS CHN"]),
 ("The Soviet bloc voted against, and India and Burma were among the nine that abstained.", [], []),
 ("India's delegate, Sir Benegal Rau, said the vote would close the door to a peaceful settlement.", [], []),
 ("Peking radio called the resolution a shameless American fabrication.", ["CHN CONDEMNS USA"], ["CHN CONDEMNS org:UNGA"]),
]
