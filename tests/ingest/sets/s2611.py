DAY = "1994-08-31"
SENTS = [
 ("The last Russian soldiers left Germany on Wednesday, ending nearly half a century in which Soviet forces occupied the eastern part of the country.", ["RUS DEPLOYS_TROOPS DEU"], ["SUN DEPLOYS_TROOPS DEU"]),
 ("President Boris Yeltsin and Chancellor Helmut Kohl reviewed the departing troops in Berlin, where Yeltsin briefly conducted a military band.", ["person:boris-yeltsin MEETS person:helmut-kohl", "person:boris-yeltsin MEETS DEU"], ["person:boris-yeltsin LEADS RUS", "person:helmut-kohl LEADS DEU", "RUS DEPLOYS_TROOPS DEU"]),
 ("Germany has paid Moscow about eight billion marks to build housing in Russia for the returning officers.", ["DEU SUPPORTS RUS"], []),
 ("Russia also completed its withdrawal from Estonia and Latvia, under agreements signed in July after months of disputes over the rights of Russian speakers.", ["RUS DEPLOYS_TROOPS EST", "RUS DEPLOYS_TROOPS LVA"], []),
 ("Lithuania, the first Soviet republic to declare independence, saw the last Russian troops leave a year ago.", ["RUS DEPLOYS_TROOPS LTU"], []),
]
