DAY = "2020-05-19"
SENTS = [
 ("China imposed tariffs of more than 80 percent on Australian barley on Monday, days after suspending beef imports from four Australian abattoirs.", [], ["CHN SANCTIONS AUS", "CHN TRADES_WITH AUS"]),
 ("The move followed Canberra's call for an independent inquiry into the origins of the coronavirus, which Beijing described as a political manipulation.", ["CHN CONDEMNS AUS"], []),
 ("China is Australia's largest trading partner, buying more than a third of its exports.", ["CHN TRADES_WITH AUS"], []),
 ("Prime Minister Scott Morrison said Australia would not trade its values in response to coercion.", ["person:scott-morrison LEADS AUS"], []),
 ("The United States, Australia's closest ally, said it stood with Canberra against Chinese economic coercion.", ["USA ALLIED_WITH AUS", "USA SUPPORTS AUS", "USA CONDEMNS CHN"], []),
]
