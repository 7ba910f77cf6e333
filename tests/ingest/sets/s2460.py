DAY = "2010-12-10"
SENTS = [
 ("The Economic Community of West African States suspended Ivory Coast on Tuesday and called on Laurent Gbagbo to hand power to Alassane Ouattara, whom the electoral commission declared the winner of last month's election.", ["CIV MEMBER_OF org:ECOWAS"], ["org:ECOWAS SANCTIONS CIV", "org:ECOWAS SUPPORTS person:alassane-ouattara", "org:ECOWAS CONDEMNS person:laurent-gbagbo"]),
 ("The African Union followed on Thursday, while Washington and Brussels warned that Gbagbo and his inner circle could face travel bans and asset freezes.", [], ["CIV MEMBER_OF org:AU", "org:AU SANCTIONS CIV", "USA SANCTIONS person:laurent-gbagbo", "org:EU SANCTIONS person:laurent-gbagbo"]),
 ("Gbagbo, who is backed by the army, has refused to step down and ordered the UN peacekeeping mission to leave the country.", [], ["org:UN DEPLOYS_TROOPS CIV", "person:laurent-gbagbo LEADS CIV"]),
 ("French President Nicolas Sarkozy telephoned Ouattara to congratulate him on his victory.", ["person:nicolas-sarkozy LEADS FRA", "person:alassane-ouattara MEETS person:nicolas-sarkozy", "person:nicolas-sarkozy SUPPORTS person:alassane-ouattara"], []),
 ("France keeps about 900 troops in Ivory Coast under an operation known as Licorne.", ["FRA DEPLOYS_TROOPS CIV"], []),
]
