DAY = "1990-04-20"
SENTS = [
 ("The Soviet Union cut off oil deliveries to Lithuania on Wednesday, carrying out Mikhail Gorbachev's threat to punish the republic for refusing to revoke its declaration of independence.", ["SUN SANCTIONS LTU"], ["person:mikhail-gorbachev SANCTIONS LTU", "person:mikhail-gorbachev CONDEMNS LTU", "SUN CONDEMNS LTU"]),
 ("Vytautas Landsbergis, the Lithuanian President, called the blockade economic aggression and appealed to Western governments for help.", ["person:vytautas-landsbergis LEADS LTU"], ["person:vytautas-landsbergis CONDEMNS SUN"]),
 ("President Bush said he would not take steps that could undermine Gorbachev, but he warned Moscow that the blockade could delay a new trade agreement.", [], ["person:george-h-w-bush CONDEMNS SUN", "USA CONDEMNS SUN", "person:george-h-w-bush LEADS USA"]),
 ("Gas supplies to Lithuania were cut by more than four-fifths on Thursday, the Lithuanian government said.", [], ["SUN SANCTIONS LTU"]),
 ("Poland and Latvia offered to sell Lithuania fuel, but Soviet officials controlled the pipelines.", [], ["POL TRADES_WITH LTU", "LVA TRADES_WITH LTU"]),
]
