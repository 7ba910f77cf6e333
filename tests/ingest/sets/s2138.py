DAY = "1999-12-31"
SENTS = [
 ("Panama took full control of the Panama Canal at noon on Friday, ending nearly a century of American administration of the waterway.", [], []),
 ("President Mireya Moscoso raised the Panamanian flag over the canal's administration building in a ceremony attended by leaders from across Latin America.", [], ["person:mireya-moscoso LEADS PAN"]),
 ("The last American troops left Panama in November, closing bases that once housed 65,000 soldiers.", [], ["USA DEPLOYS_TROOPS PAN"]),
 ("Former President Jimmy Carter, who signed the treaties that set the handover, represented the United States at a ceremony on December 14 in Panama City.", ["person:jimmy-carter MEETS PAN"], []),
 ("Republicans in Congress have accused Panama of letting a Hong Kong company with ties to China run the canal's ports.", [], ["USA CONDEMNS PAN"]),
]
