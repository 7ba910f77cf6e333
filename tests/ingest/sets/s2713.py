DAY = "1987-10-19"
SENTS = [
 ("American warships shelled and destroyed an Iranian oil platform in the Persian Gulf on Monday in retaliation for a missile attack on a Kuwaiti tanker flying the American flag.", ["USA ATTACKS IRN"], []),
 ("Navy commandos then boarded a second platform and blew it up, the Pentagon said.", [], ["USA ATTACKS IRN"]),
 ("Tehran said the United States had entered a full-scale war with Iran and vowed a crushing response.", ["IRN CONDEMNS USA"], ["USA ATTACKS IRN"]),
 ("Kuwait, whose tankers have sailed under American protection since July, has been hit repeatedly by Iranian Silkworm missiles fired from the Faw peninsula.", ["IRN ATTACKS KWT"], ["USA SUPPORTS KWT"]),
]
