DAY = "2012-04-03"
SENTS = [
 ("The Economic Community of West African States imposed sweeping sanctions on Mali on Monday, shutting its members' borders with the landlocked country and cutting off its access to the regional central bank until the soldiers who seized power last month step aside.", ["org:ECOWAS SANCTIONS MLI"], []),
 ("The leaders took the decision in Dakar, where they had gathered for the inauguration of Senegal's new president, Macky Sall.", ["person:macky-sall LEADS SEN"], []),
 ("Ivory Coast's President Alassane Ouattara, who chairs the bloc, said the measures would stay in place until constitutional order was restored.", ["person:alassane-ouattara LEADS CIV"], ["CIV MEMBER_OF org:ECOWAS", "person:alassane-ouattara LEADS org:ECOWAS"]),
 ("Tuareg rebels took advantage of the chaos to seize the northern towns of Kidal, Gao and Timbuktu over the weekend.", [], []),
 ("The African Union suspended Mali after the coup, and the United States halted part of its aid to the country.", ["MLI MEMBER_OF org:AU"], ["USA SANCTIONS MLI", "USA SUPPORTS MLI"]),
]
