DAY = "1959-09-08"
SENTS = [
 ("The Security Council voted on Monday to send a subcommittee to Laos after the Laotian government charged that North Vietnamese troops had joined Pathet Lao rebels in attacks on its northern posts.", ["LAO CONDEMNS VDR"], ["VDR ATTACKS LAO", "VDR SUPPORTS LAO", "VDR DEPLOYS_TROOPS LAO"]),
 ("The Soviet delegate, Arkady Sobolev, said the vote was illegal and that the United States was using Laos as a base against its neighbours.", ["person:arkady-sobolev CONDEMNS USA"], ["SUN CONDEMNS USA"]),
 ("Washington has speeded up deliveries of rifles, ammunition and light aircraft to the Royal Laotian Army.", ["USA SUPPLIES_ARMS LAO"], []),
 ("Hanoi denies that any of its soldiers are in Laos and calls the charge an American fabrication.", ["VDR CONDEMNS USA"], []),
 ("France, which keeps a military training mission in Laos under the Geneva agreements, said it had no evidence of a North Vietnamese invasion.", ["FRA DEPLOYS_TROOPS LAO"], []),
]
