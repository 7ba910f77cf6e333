DAY = "1991-05-25"
SENTS = [
 ("Havana brought home its final contingent from Angola on Saturday, sixteen years after Fidel Castro first sent troops to defend the government in Luanda.", ["CUB DEPLOYS_TROOPS AGO"], ["person:fidel-castro LEADS CUB", "CUB SUPPORTS AGO", "person:fidel-castro SUPPORTS AGO"]),
 ("The Cuban forces fought alongside Angola's Marxist government against UNITA rebels, who were backed by the United States and South Africa.", ["CUB SUPPORTS AGO"], ["CUB ALLIED_WITH AGO", "USA SUPPORTS org:UNITA", "ZAF SUPPORTS org:UNITA"]),
 ("The withdrawal was agreed in 1988 in a deal that also led to Namibia's independence from South Africa.", [], []),
 ("President Jose Eduardo dos Santos and the UNITA leader, Jonas Savimbi, are to sign a peace accord in Lisbon next week.", [], ["person:jose-eduardo-dos-santos LEADS AGO", "person:jonas-savimbi LEADS org:UNITA"]),
 ("Portugal, the former colonial power, has mediated the talks with help from the United States and the Soviet Union.", [], ["PRT SUPPORTS AGO"]),
]
