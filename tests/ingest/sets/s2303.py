DAY = "2006-11-24"
SENTS = [
 ("Poland blocked the start of talks on a new partnership agreement between the European Union and Russia on Friday, in protest at a Russian ban on Polish meat imports.", ["RUS SANCTIONS POL", "POL CONDEMNS RUS"], []),
 ("Moscow imposed the ban a year ago, saying Polish exporters had used false veterinary certificates.", [], ["RUS SANCTIONS POL", "RUS CONDEMNS POL"]),
 ("Finland, which holds the EU's rotating presidency, failed to broker a compromise before a summit with President Vladimir Putin in Helsinki.", ["FIN MEMBER_OF org:EU"], ["person:vladimir-putin LEADS RUS", "person:vladimir-putin MEETS FIN", "FIN MEETS person:vladimir-putin", "org:EU MEETS person:vladimir-putin"]),
 ("Russia supplies about a quarter of the gas used in the EU, and the bloc is Russia's biggest trading partner.", ["RUS TRADES_WITH org:EU"], []),
 ("Poland's prime minister, Jaroslaw Kaczynski, said Warsaw would not lift its veto until Russia ended the embargo.", ["person:jaroslaw-kaczynski LEADS POL"], ["POL CONDEMNS RUS", "RUS SANCTIONS POL"]),
 ("Lithuania has also complained that Russia cut off oil supplies to its largest refinery in July.", ["LTU CONDEMNS RUS"], ["RUS SANCTIONS LTU", "LTU TRADES_WITH RUS"]),
]
