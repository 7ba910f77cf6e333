DAY = "2022-07-15"
SENTS = [
 ("Sri Lankan President Gotabaya Rajapaksa resigned on Thursday after fleeing to Singapore, as protesters angered by the economic collapse occupied his residence.", [], ["person:gotabaya-rajapaksa LEADS LKA", "person:gotabaya-rajapaksa MEETS SGP"]),
 ("India has provided nearly 4 billion dollars in credit lines and currency swaps to its southern neighbour this year.", ["IND SUPPORTS LKA"], []),
 ("Colombo is negotiating a bailout with the International Monetary Fund.", [], ["org:IMF SUPPORTS LKA", "org:IMF MEETS LKA"]),
 ("China, Sri Lanka's largest bilateral creditor, has been criticised for lending to costly projects such as the Hambantota port.", ["CHN SUPPORTS LKA"], []),
 ("Sri Lanka leased the port to a Chinese state company for 99 years in 2017 after it could not repay its debts.", [], ["LKA TRADES_WITH CHN"]),
]
