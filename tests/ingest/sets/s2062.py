DAY = "1991-06-29"
SENTS = [
 ("Yugoslav army tanks and aircraft attacked Slovenian border posts on Friday, two days after the republic declared its independence, and Slovenian militiamen shot down two army helicopters.", ["YUG ATTACKS SVN", "SVN ATTACKS YUG"], []),
 ("A European Community delegation of the foreign ministers of Italy, Luxembourg and the Netherlands flew to Belgrade and Zagreb to broker a truce.", [], ["ITA MEETS YUG", "LUX MEETS YUG", "NLD MEETS YUG", "org:EU MEETS YUG", "ITA MEETS HRV", "LUX MEETS HRV", "NLD MEETS HRV", "org:EU MEETS HRV"]),
 ("Luxembourg's Foreign Minister Jacques Poos said the hour of Europe had come.", [], []),
 ("Austria, which borders Slovenia, put its troops on alert and protested to Belgrade after Yugoslav jets violated its airspace.", ["AUT CONDEMNS YUG"], ["YUG ATTACKS AUT"]),
 ("The United States said it would not recognise the independence of Slovenia and Croatia and urged all sides to respect Yugoslavia's unity.", [], ["USA SUPPORTS YUG"]),
]
