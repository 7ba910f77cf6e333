DAY = "2020-06-15"
SENTS = [
 ("President Donald Trump confirmed on Monday that he would cut the number of American troops stationed in Germany by 9,500, accusing Berlin of failing to pay enough for its defence.", ["USA DEPLOYS_TROOPS DEU", "person:donald-trump CONDEMNS DEU"], ["person:donald-trump LEADS USA"]),
 ("About 34,500 US troops are based in Germany, more than in any other European country.", ["USA DEPLOYS_TROOPS DEU"], []),
 ("Trump also criticised Germany for buying Russian gas through the Nord Stream 2 pipeline, calling the country a captive of Russia.", ["person:donald-trump CONDEMNS DEU", "RUS TRADES_WITH DEU"], []),
 ("Poland, which has offered to host more American soldiers, said it hoped some of the troops would be moved there.", [], ["USA DEPLOYS_TROOPS POL"]),
 ("German officials said they had not been informed in advance, and Chancellor Angela Merkel said Germany remained a reliable NATO ally.", ["person:angela-merkel LEADS DEU"], ["DEU MEMBER_OF org:NATO"]),
 ("The Kremlin said any reduction of US forces in Europe would lower tensions.", [], []),
]
