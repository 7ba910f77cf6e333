DAY = "1944-09-09"
SENTS = [
 ("Bulgaria declared war on Germany on Friday night, three days after the Soviet Union had declared war on Bulgaria for refusing to disarm German troops on its soil.", ["BGR ATTACKS DEU", "SUN ATTACKS BGR"], ["SUN CONDEMNS BGR", "DEU DEPLOYS_TROOPS BGR"]),
 ("Red Army columns crossed the Danube into Bulgaria without meeting resistance and are advancing on Varna and Burgas.", ["SUN DEPLOYS_TROOPS BGR"], ["SUN ATTACKS BGR"]),
 ("In Helsinki, Finland has broken with Germany and demanded that all German troops leave Finnish territory by 15 September.", [], ["FIN CONDEMNS DEU", "DEU DEPLOYS_TROOPS FIN"]),
 ("Finnish negotiators arrived in Moscow on Thursday to sign an armistice with the Soviet Union and Britain.", ["FIN MEETS SUN"], ["FIN MEETS GBR"]),
 ("Britain and the United States, which had bombed Sofia repeatedly since last winter, have not yet answered Bulgaria's request for an armistice.", ["GBR ATTACKS BGR", "USA ATTACKS BGR"], []),
]
