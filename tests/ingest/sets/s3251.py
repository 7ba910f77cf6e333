DAY = "1963-04-30"
SENTS = [
 ("President Juan Bosch of the Dominican Republic threatened on Sunday to send troops into Haiti unless the dictator Francois Duvalier withdrew the police who had forced their way into the Dominican embassy in Port-au-Prince.", ["person:juan-bosch LEADS DOM"], ["DOM DEPLOYS_TROOPS HTI", "person:juan-bosch CONDEMNS person:francois-duvalier", "person:francois-duvalier LEADS HTI", "HTI ATTACKS DOM"]),
 ("Dominican tanks rolled up to the border, and Dominican warplanes flew along the frontier.", [], []),
 ("Port-au-Prince cut its ties with Santo Domingo and appealed to the Organization of American States over what it called Dominican aggression.", ["HTI CONDEMNS DOM"], ["HTI SANCTIONS DOM", "HTI MEMBER_OF org:OAS"]),
 ("Five OAS envoys flew to Port-au-Prince on Monday to look into the quarrel.", [], ["org:OAS MEETS HTI"]),
 ("Washington, which has backed Bosch's elected government since his inauguration in February, warned Duvalier against further provocations.", ["USA SUPPORTS DOM"], ["USA SUPPORTS person:juan-bosch", "USA CONDEMNS person:francois-duvalier"]),
]
