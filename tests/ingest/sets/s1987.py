DAY = "2020-01-31"
SENTS = [
 ("Britain left the European Union at 11 pm on Friday, ending 47 years of membership.", [], ["GBR MEMBER_OF org:EU"]),
 ("Prime Minister Boris Johnson said it was not an end but a beginning.", [], ["person:boris-johnson LEADS GBR"]),
 ("During a transition period that runs until the end of the year, Britain will stay in the bloc's single market and customs union while the two sides negotiate a trade deal.", [], ["GBR TRADES_WITH org:EU"]),
 ("The United States and Japan have said they want trade agreements with London.", [], ["USA TRADES_WITH GBR", "JPN TRADES_WITH GBR"]),
 ("Ireland's Prime Minister Leo Varadkar said the European Union would stand by Dublin in the talks.", ["person:leo-varadkar LEADS IRL"], ["org:EU SUPPORTS IRL"]),
]
