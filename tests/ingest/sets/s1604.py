DAY = "2014-05-21"
SENTS = [
 ("Russia and China signed a 30-year deal worth about $400 billion on Wednesday under which Gazprom will supply gas to the China National Petroleum Corporation.", ["RUS TRADES_WITH CHN"], []),
 ("The agreement was signed in Shanghai in the presence of Vladimir Putin and Xi Jinping after a decade of negotiations.", [], ["person:vladimir-putin MEETS person:xi-jinping", "person:vladimir-putin MEETS CHN"]),
 ("Moscow has sought new markets in Asia as the European Union, its biggest gas customer, looks for ways to cut its dependence on Russian energy after the annexation of Crimea.", ["RUS TRADES_WITH org:EU"], ["RUS ATTACKS UKR"]),
 ("Putin also held talks with Xi on joint naval exercises the two countries are holding in the East China Sea this week.", ["person:vladimir-putin MEETS person:xi-jinping", "RUS ALLIED_WITH CHN"], []),
 ("Beijing abstained in March on a UN resolution declaring the Crimea referendum invalid.", [], []),
]
