DAY = "2025-05-08"
SENTS = [
 ("Drones launched by the Rapid Support Forces struck Port Sudan's airport, fuel depots and a power station for a fifth consecutive day.", [], ["org:RSF ATTACKS SDN"]),
 ("The army-led government, which moved to the Red Sea city during the war, cut diplomatic ties with the United Arab Emirates in response.", [], ["SDN CONDEMNS ARE"]),
 ("Sudan's defence minister accused Abu Dhabi of supplying the paramilitary group with strategic drones.", ["SDN CONDEMNS ARE"], ["ARE SUPPLIES_ARMS org:RSF"]),
 ("The UAE has repeatedly denied arming the RSF.", [], []),
 ("Turkey and Iran have supplied drones to the Sudanese army, according to diplomats.", ["TUR SUPPLIES_ARMS SDN", "IRN SUPPLIES_ARMS SDN"], []),
]
