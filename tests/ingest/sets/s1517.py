DAY = "2019-08-21"
SENTS = [
 ("Donald Trump called off a state visit to Denmark on Wednesday after its prime minister, Mette Frederiksen, dismissed his idea of buying Greenland as absurd.", ["person:mette-frederiksen LEADS DNK", "person:mette-frederiksen CONDEMNS person:donald-trump"], []),
 ("Trump said Frederiksen's comment was nasty, and that Denmark should pay more toward NATO's budget.", ["person:donald-trump CONDEMNS person:mette-frederiksen"], ["DNK MEMBER_OF org:NATO", "person:donald-trump CONDEMNS DNK"]),
 ("Denmark is one of America's closest allies and sent troops to fight alongside US forces in Afghanistan and Iraq.", ["DNK ALLIED_WITH USA", "DNK DEPLOYS_TROOPS AFG", "DNK DEPLOYS_TROOPS IRQ"], ["DNK SUPPORTS USA", "USA DEPLOYS_TROOPS AFG", "USA DEPLOYS_TROOPS IRQ"]),
 ("The United States already operates Thule Air Base in northern Greenland under a 1951 defence agreement with Denmark.", ["USA ALLIED_WITH DNK"], ["USA DEPLOYS_TROOPS DNK"]),
 ("Greenland's premier, Kim Kielsen, said the island was open for business but not for sale.", [], []),
]
