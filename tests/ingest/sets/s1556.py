DAY = "2020-11-06"
SENTS = [
 ("The European Union imposed sanctions on Alexander Lukashenko on Friday, freezing his assets and banning him from travelling to the bloc.", ["org:EU SANCTIONS person:alexander-lukashenko"], ["org:EU SANCTIONS BLR"]),
 ("The EU does not recognise Lukashenko's re-election in August, which the opposition says was rigged.", [], ["org:EU CONDEMNS person:alexander-lukashenko"]),
 ("Lukashenko, who has ruled Belarus since 1994, has cracked down on protesters with the backing of Vladimir Putin.", ["person:alexander-lukashenko LEADS BLR", "person:vladimir-putin SUPPORTS person:alexander-lukashenko"], ["RUS SUPPORTS BLR"]),
 ("Russia has offered Minsk a $1.5 billion loan and promised to send police reinforcements if needed.", ["RUS SUPPORTS BLR"], ["RUS DEPLOYS_TROOPS BLR"]),
 ("Lithuania and Poland, which have given refuge to opposition leader Svetlana Tikhanovskaya, were the first to sanction Belarusian officials.", ["LTU SANCTIONS BLR", "POL SANCTIONS BLR"], ["LTU SUPPORTS person:svetlana-tikhanovskaya", "POL SUPPORTS person:svetlana-tikhanovskaya"]),
]
