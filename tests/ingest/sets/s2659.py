DAY = "1978-05-20"
SENTS = [
 ("French Foreign Legion paratroopers jumped over the mining town of Kolwezi in southern Zaire on Friday to rescue European hostages held by Katangan rebels who crossed from Angola last week.", ["FRA DEPLOYS_TROOPS COD"], []),
 ("Belgium flew in 1,700 paratroopers of its own, and American transport planes carried fuel and equipment for the operation.", [], ["BEL DEPLOYS_TROOPS COD", "USA SUPPORTS COD"]),
 ("President Mobutu Sese Seko accused Cuba and the Soviet Union of training and arming the rebels on Angolan soil.", ["person:mobutu-sese-seko CONDEMNS CUB", "person:mobutu-sese-seko CONDEMNS SUN"], ["person:mobutu-sese-seko LEADS COD", "CUB SUPPLIES_ARMS AGO", "SUN SUPPLIES_ARMS AGO"]),
 ("Cuba's President Fidel Castro denied that his country had played any part in the invasion.", ["person:fidel-castro LEADS CUB"], []),
]
