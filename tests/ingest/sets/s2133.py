DAY = "1991-09-07"
SENTS = [
 ("The Soviet Union recognised the independence of Estonia, Latvia and Lithuania on Friday, ending half a century of Soviet rule over the Baltic states.", ["SUN SUPPORTS EST", "SUN SUPPORTS LVA", "SUN SUPPORTS LTU"], []),
 ("The decision was the first act of the new State Council, which is headed by President Mikhail Gorbachev.", [], ["person:mikhail-gorbachev LEADS SUN"]),
 ("The United States, which never recognised the Baltic states' annexation in 1940, established diplomatic relations with them on Monday.", [], ["USA SUPPORTS EST", "USA SUPPORTS LVA", "USA SUPPORTS LTU", "USA CONDEMNS SUN"]),
 ("Lithuanian President Vytautas Landsbergis said Soviet troops must leave his country quickly.", ["person:vytautas-landsbergis LEADS LTU"], ["SUN DEPLOYS_TROOPS LTU", "person:vytautas-landsbergis CONDEMNS SUN"]),
 ("The three republics are expected to join the United Nations later this month.", [], []),
]
