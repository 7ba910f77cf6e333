DAY = "1947-11-30"
SENTS = [
 ("The United Nations General Assembly voted on Saturday by 33 to 13, with 10 abstentions, to partition Palestine into a Jewish and an Arab state.", [], []),
 ("For once Washington and Moscow were on the same side, both voting in favour.", [], []),
 ("Arab spokesmen left the hall declaring that no Arab government would be bound by the decision.", [], []),
 ("Britain, which abstained, intends to lay down the mandate and have its soldiers out of Palestine by August 1.", ["GBR DEPLOYS_TROOPS PSE"], []),
 ("In Jerusalem, Jews danced in the streets through the night, while the Arab Higher Committee called a three-day general strike.", [], []),
]
