DAY = "1955-05-15"
SENTS = [
 ("The Soviet Union and seven East European countries signed a treaty of friendship and mutual assistance in Warsaw on Saturday, placing their armies under a unified command headed by Marshal Ivan Konev.", [], ["SUN ALLIED_WITH POL"]),
 ("The signatories are the Soviet Union, Poland, Czechoslovakia, East Germany, Hungary, Romania, Bulgaria and Albania.", [], ["SUN MEMBER_OF org:WARSAW_PACT", "POL MEMBER_OF org:WARSAW_PACT", "CSK MEMBER_OF org:WARSAW_PACT", "DDR MEMBER_OF org:WARSAW_PACT", "HUN MEMBER_OF org:WARSAW_PACT", "ROU MEMBER_OF org:WARSAW_PACT", "BGR MEMBER_OF org:WARSAW_PACT", "ALB MEMBER_OF org:WARSAW_PACT"]),
 ("Soviet Premier Nikolai Bulganin said the pact was a response to the admission of West Germany to NATO nine days ago.", ["DEU MEMBER_OF org:NATO"], ["person:nikolai-bulganin LEADS SUN"]),
 ("The treaty allows the Soviet Union to keep its troops in Hungary and Romania.", ["SUN DEPLOYS_TROOPS HUN", "SUN DEPLOYS_TROOPS ROU"], []),
 ("China, which sent an observer to the conference, pledged its full support for the alliance.", [], ["CHN SUPPORTS org:WARSAW_PACT"]),
]
