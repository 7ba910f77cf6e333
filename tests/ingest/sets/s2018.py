DAY = "2015-07-13"
SENTS = [
 ("Greek Prime Minister Alexis Tsipras accepted tough new austerity measures on Monday after 17 hours of talks with eurozone leaders in Brussels, in return for a third bailout worth up to 86 billion euros.", ["person:alexis-tsipras LEADS GRC"], ["org:EU SUPPORTS GRC"]),
 ("German Chancellor Angela Merkel said the trust needed to work with Athens had been lost.", ["person:angela-merkel LEADS DEU"], ["person:angela-merkel CONDEMNS GRC"]),
 ("French President Francois Hollande, who pressed Berlin not to push Greece out of the euro, called the deal a good agreement.", ["person:francois-hollande LEADS FRA"], ["person:francois-hollande SUPPORTS GRC"]),
 ("Finland and the Netherlands had demanded strict guarantees before agreeing to new loans.", [], []),
 ("Greece has received two bailouts since 2010 from the eurozone and the International Monetary Fund.", ["org:IMF SUPPORTS GRC"], []),
]
