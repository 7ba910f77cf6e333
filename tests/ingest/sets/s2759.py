DAY = "1983-07-20"
SENTS = [
 ("American warships led by the carrier Ranger took up positions off Nicaragua's Pacific coast on Tuesday, and a second battle group is steaming toward the Caribbean.", [], ["USA DEPLOYS_TROOPS NIC"]),
 ("Some 100 American military advisers are already training the army of El Salvador, which is fighting leftist guerrillas armed, Washington says, by Nicaragua and Cuba.", ["USA SUPPORTS SLV"], ["USA DEPLOYS_TROOPS SLV", "USA CONDEMNS NIC", "USA CONDEMNS CUB"]),
 ("Daniel Ortega, the coordinator of Nicaragua's ruling junta, told a rally in Leon that Washington was readying an invasion, and he blamed the United States for the contra raids.", ["person:daniel-ortega LEADS NIC", "person:daniel-ortega CONDEMNS USA"], []),
 ("Moscow, whose freighters have unloaded T-55 tanks and Mi-8 helicopters at the port of Corinto for the Sandinistas, warned Washington against any attack on Nicaragua.", ["SUN SUPPLIES_ARMS NIC"], ["SUN CONDEMNS USA", "USA ATTACKS NIC"]),
]
