DAY = "2005-01-15"
SENTS = [
 ("President Hugo Chavez of Venezuela froze trade agreements with Colombia on Friday and recalled his ambassador from Bogota in a widening row over the capture of a Colombian guerrilla leader in Caracas.", ["person:hugo-chavez LEADS VEN", "VEN SANCTIONS COL"], ["person:hugo-chavez SANCTIONS COL"]),
 ("Rodrigo Granda, a senior figure of the FARC rebel group, was seized in the Venezuelan capital last month and turned up days later in Colombian custody.", [], []),
 ("Chavez said Colombia had violated Venezuela's sovereignty by paying bounty hunters to kidnap him and demanded an apology from President Alvaro Uribe.", ["person:hugo-chavez CONDEMNS COL", "person:hugo-chavez CONDEMNS person:alvaro-uribe"], ["person:alvaro-uribe LEADS COL"]),
 ("Uribe's government defended the raid and charged that Caracas had let FARC commanders live openly on Venezuelan soil.", ["COL CONDEMNS VEN"], []),
 ("Washington sided with Bogota, its closest ally in the region, and urged Venezuela to stop harbouring the rebels.", ["USA SUPPORTS COL", "USA ALLIED_WITH COL"], ["USA CONDEMNS VEN"]),
]
