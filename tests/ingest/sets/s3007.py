DAY = "1946-05-25"
SENTS = [
 ("Emir Abdullah was proclaimed King of Transjordan in Amman today, two months after Britain recognized the country's independence by treaty.", ["person:abdullah-i-of-jordan LEADS JOR"], ["GBR SUPPORTS JOR", "GBR ALLIED_WITH JOR"]),
 ("Under the treaty Britain may station troops in Transjordan and pays a yearly subsidy for the Arab Legion.", [], ["GBR SUPPORTS JOR", "GBR DEPLOYS_TROOPS JOR", "GBR ALLIED_WITH JOR"]),
 ("The Legion, commanded by a British officer, Brigadier John Glubb, is held to be the best-trained force in the Arab world.", [], []),
 ("The Soviet Union has questioned whether Transjordan can be truly independent while British forces remain there.", [], ["GBR DEPLOYS_TROOPS JOR", "SUN CONDEMNS JOR", "SUN CONDEMNS GBR"]),
 ("Syria and Lebanon, which won the departure of French troops this spring, sent delegations to the ceremonies.", ["FRA DEPLOYS_TROOPS SYR", "FRA DEPLOYS_TROOPS LBN"], ["SYR MEETS JOR", "LBN MEETS JOR"]),
]
