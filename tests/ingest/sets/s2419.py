DAY = "2015-08-28"
SENTS = [
 ("Venezuela has deported more than 1,000 Colombians and closed the main crossings on its border with Colombia since last Wednesday, when smugglers wounded three Venezuelan soldiers on patrol.", [], ["VEN SANCTIONS COL", "VEN CONDEMNS COL"]),
 ("President Nicolas Maduro blamed Colombian paramilitaries and smugglers for Venezuela's economic woes and declared a state of emergency in six border municipalities.", [], ["person:nicolas-maduro CONDEMNS COL", "person:nicolas-maduro LEADS VEN"]),
 ("Colombia recalled its ambassador from Caracas on Thursday, and President Juan Manuel Santos accused Venezuela of treating the deportees with unacceptable cruelty.", ["person:juan-manuel-santos CONDEMNS VEN"], ["COL SANCTIONS VEN", "COL CONDEMNS VEN", "person:juan-manuel-santos LEADS COL"]),
 ("The two countries' foreign ministers met in Cartagena on Wednesday but failed to agree on reopening the border.", [], ["COL MEETS VEN"]),
]
