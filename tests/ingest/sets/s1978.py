DAY = "1988-12-22"
SENTS = [
 ("Angola, Cuba and South Africa signed agreements at the United Nations in New York on Thursday that will bring independence to Namibia and withdraw Cuban troops from Angola.", [], ["CUB DEPLOYS_TROOPS AGO"]),
 ("Under the accords, Cuba will pull its 50,000 soldiers out of Angola by July 1991, and South Africa will end its rule over Namibia.", [], ["CUB DEPLOYS_TROOPS AGO"]),
 ("The deal was mediated by Chester Crocker, the US assistant secretary of state for African affairs, with the help of the Soviet Union.", [], []),
 ("Secretary of State George Shultz, who attended the signing, said the United States would continue to supply UNITA until Angola reached a settlement with the rebels.", [], ["person:george-shultz LEADS USA"]),
 ("South African troops fought Cuban and Angolan forces around Cuito Cuanavale earlier this year.", ["ZAF ATTACKS CUB", "ZAF ATTACKS AGO"], ["CUB ATTACKS ZAF", "AGO ATTACKS ZAF"]),
]
