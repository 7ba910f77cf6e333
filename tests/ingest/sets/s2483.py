DAY = "2014-07-29"
SENTS = [
 ("Russia banned imports of Moldovan apples, plums and canned fruit on Tuesday, days after banning its wine, in what Chisinau called punishment for signing a trade pact with the European Union.", ["RUS SANCTIONS MDA"], ["MDA CONDEMNS RUS", "MDA MEETS org:EU"]),
 ("Russia's food safety agency said the produce contained bacteria, the same reason it gave for banning Moldovan wine in 2006.", [], ["RUS SANCTIONS MDA"]),
 ("Russia buys nearly a third of Moldova's exports, most of them fruit, vegetables and wine.", ["MDA TRADES_WITH RUS"], []),
 ("The European Commission said it would open its market to more Moldovan plums and apples to soften the blow.", [], ["org:EC TRADES_WITH MDA", "org:EC SUPPORTS MDA"]),
 ("Moldova signed the association agreement with the EU on June 27 together with Georgia and Ukraine.", [], ["MDA MEETS org:EU"]),
]
