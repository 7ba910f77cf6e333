DAY = "2025-07-31"
SENTS = [
 ("The Trump administration imposed sanctions on Brazilian Supreme Court Justice Alexandre de Moraes, who is overseeing the trial of former president Jair Bolsonaro.", ["USA SANCTIONS person:alexandre-de-moraes"], []),
 ("Trump also signed an order raising tariffs on many Brazilian imports to 50 percent, citing what he called a witch hunt against his ally.", [], ["USA SANCTIONS BRA"]),
 ("President Luiz Inácio Lula da Silva said Brazil would not accept interference from anyone.", [], ["person:luiz-inacio-lula-da-silva LEADS BRA"]),
 ("The United States runs a trade surplus with Brazil, contradicting Trump's claim that Brazil was treating it unfairly.", ["USA TRADES_WITH BRA"]),
 ("China has overtaken the United States as Brazil's largest export market.", ["CHN TRADES_WITH BRA"], ["USA TRADES_WITH BRA"]),
]
