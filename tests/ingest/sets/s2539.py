DAY = "2010-02-19"
SENTS = [
 ("Barack Obama met the Dalai Lama at the White House on Thursday, brushing aside Chinese warnings that the meeting would damage relations.", ["person:barack-obama MEETS person:dalai-lama"], []),
 ("China summoned the American ambassador, Jon Huntsman, to protest, and its foreign ministry said the meeting had grossly interfered in China's internal affairs.", ["CHN CONDEMNS USA"], ["CHN CONDEMNS person:barack-obama"]),
 ("The talks were held in the Map Room rather than the Oval Office, and no photographers were allowed in.", [], []),
 ("Beijing was already angry about weapons worth $6.4 billion that Washington agreed last month to sell to Taiwan.", ["USA SUPPLIES_ARMS TWN"], ["CHN CONDEMNS USA"]),
 ("The Dalai Lama, who has lived in exile in India since 1959, said Obama had shown concern for the rights of the Tibetan people.", [], ["IND SUPPORTS person:dalai-lama"]),
]
