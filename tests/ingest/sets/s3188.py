DAY = "2000-06-17"
SENTS = [
 ("The Security Council on Friday demanded that Uganda and Rwanda pull their armies out of Congo after six days of fighting between them in the city of Kisangani killed hundreds of civilians.", ["UGA DEPLOYS_TROOPS COD", "RWA DEPLOYS_TROOPS COD", "UGA ATTACKS RWA"], ["org:UNSC CONDEMNS UGA", "org:UNSC CONDEMNS RWA", "RWA ATTACKS UGA"]),
 ("The resolution, adopted unanimously, also asked Kinshasa's own foreign allies, Zimbabwe, Angola and Namibia, to bring their troops home.", [], ["ZWE ALLIED_WITH COD", "AGO ALLIED_WITH COD", "NAM ALLIED_WITH COD", "ZWE DEPLOYS_TROOPS COD", "AGO DEPLOYS_TROOPS COD", "NAM DEPLOYS_TROOPS COD"]),
 ("Uganda's President Yoweri Museveni blamed Rwandan commanders for starting the clashes, the third between the former allies in a year.", ["person:yoweri-museveni LEADS UGA", "person:yoweri-museveni CONDEMNS RWA"], []),
]
