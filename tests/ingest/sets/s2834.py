DAY = "1954-10-24"
SENTS = [
 ("The Western foreign ministers signed agreements in Paris on Saturday that end the occupation of West Germany and admit it to NATO.", [], ["DEU MEMBER_OF org:NATO"]),
 ("Adenauer put his name to the accords for Bonn, and Pierre Mendes-France for Paris.", [], []),
 ("West Germany will raise an army of twelve divisions under NATO command, and Britain has promised to keep four divisions on the Continent.", [], ["GBR DEPLOYS_TROOPS DEU"]),
 ("American, British and French troops will stay in West Germany as allied forces.", ["USA DEPLOYS_TROOPS DEU", "GBR DEPLOYS_TROOPS DEU", "FRA DEPLOYS_TROOPS DEU"], []),
 ("Moscow denounced the agreements as a revival of German militarism and threatened to cancel its wartime treaties with Britain and France.", ["SUN CONDEMNS DEU"], ["SUN ALLIED_WITH GBR", "SUN ALLIED_WITH FRA"]),
]
