DAY = "1948-05-16"
SENTS = [
 ("Armies of Egypt, Transjordan, Syria, Lebanon and Iraq crossed into Palestine on Saturday, hours after the British mandate ended and Jewish leaders proclaimed the State of Israel.", ["EGY DEPLOYS_TROOPS PSE", "JOR DEPLOYS_TROOPS PSE", "SYR DEPLOYS_TROOPS PSE", "LBN DEPLOYS_TROOPS PSE", "IRQ DEPLOYS_TROOPS PSE"], ["EGY ATTACKS ISR", "JOR ATTACKS ISR", "SYR ATTACKS ISR", "LBN ATTACKS ISR", "IRQ ATTACKS ISR"]),
 ("Egyptian aircraft bombed Tel Aviv.", ["EGY ATTACKS ISR"], []),
 ("President Harry Truman recognised the new state eleven minutes after its proclamation.", [], ["person:harry-truman LEADS USA", "person:harry-truman SUPPORTS ISR", "USA SUPPORTS ISR"]),
 ("David Ben-Gurion, who read the declaration of independence in Tel Aviv, becomes prime minister of the provisional government.", [], ["person:david-ben-gurion LEADS ISR"]),
 ("The Soviet Union also announced its recognition, and the Arab League said its members had acted to restore peace and order.", [], ["SUN SUPPORTS ISR"]),
]
