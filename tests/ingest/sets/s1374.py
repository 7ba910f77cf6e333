DAY = "2025-03-07"
SENTS = [
 ("Sudan has filed a case at the International Court of Justice accusing the United Arab Emirates of complicity in genocide in Darfur.", ["SDN CONDEMNS ARE"], []),
 ("Khartoum says the Emirates arms the Rapid Support Forces, the paramilitary group fighting the army since April 2023.", ["ARE SUPPLIES_ARMS org:RSF"], ["org:RSF ATTACKS SDN", "SDN CONDEMNS ARE"]),
 ("Abu Dhabi denies sending weapons and calls the case a cynical publicity stunt.", [], ["ARE CONDEMNS SDN"]),
 ("UN experts have reported cargo flights from the UAE landing in eastern Chad near the Sudanese border.", [], []),
 ("The United States sanctioned RSF leader Mohamed Hamdan Dagalo in January and accused his forces of committing genocide.", ["USA SANCTIONS person:mohamed-hamdan-dagalo", "person:mohamed-hamdan-dagalo LEADS org:RSF"], ["USA SANCTIONS org:RSF", "USA CONDEMNS org:RSF", "USA CONDEMNS person:mohamed-hamdan-dagalo"]),
]
