DAY = "2020-08-15"
SENTS = [
 ("European Union foreign ministers agreed on Friday to impose sanctions on Belarusian officials responsible for rigging last Sunday's presidential election and for the violent crackdown on protesters.", ["org:EU SANCTIONS BLR"], []),
 ("Alexander Lukashenko, who has ruled Belarus since 1994, claimed 80 percent of the vote.", ["person:alexander-lukashenko LEADS BLR"], []),
 ("Lithuania, which sheltered opposition candidate Svetlana Tikhanovskaya after she fled Minsk, urged the bloc to act swiftly.", ["LTU SUPPORTS person:svetlana-tikhanovskaya"], []),
 ("Lukashenko accused foreign powers of orchestrating the protests and said he had spoken to Vladimir Putin, who offered comprehensive assistance.", ["person:alexander-lukashenko MEETS person:vladimir-putin"], ["person:vladimir-putin SUPPORTS person:alexander-lukashenko"]),
 ("Poland and the Baltic states have offered to mediate, an offer Minsk has rejected.", [], []),
]
