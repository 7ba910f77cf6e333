DAY = "1975-11-11"
SENTS = [
 ("The Popular Movement for the Liberation of Angola proclaimed the country's independence in Luanda on Tuesday, as Cuban troops helped its forces hold off an advance on the capital.", [], ["CUB SUPPORTS AGO", "CUB DEPLOYS_TROOPS AGO"]),
 ("The Soviet Union has shipped tanks, rocket launchers and other arms to the movement through Congo-Brazzaville.", [], []),
 ("South African troops have crossed into southern Angola in support of the rival UNITA and FNLA movements.", ["ZAF DEPLOYS_TROOPS AGO"], []),
 ("The United States has been covertly funding and arming the FNLA through Zaire, whose President Mobutu Sese Seko is a close ally of Washington.", ["person:mobutu-sese-seko LEADS COD", "COD ALLIED_WITH USA"], ["person:mobutu-sese-seko ALLIED_WITH USA"]),
 ("Portugal, the colonial power, withdrew its last soldiers from Luanda without handing power to any of the movements.", [], ["PRT DEPLOYS_TROOPS AGO"]),
]
