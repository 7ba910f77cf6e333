DAY = "1960-08-22"
SENTS = [
 ("Meeting in San Jose, the American republics agreed on Saturday that every OAS member would cut its ties with Santo Domingo and stop selling arms to the Trujillo regime.", ["org:OAS SANCTIONS DOM"], ["org:OAS CONDEMNS DOM"]),
 ("An OAS committee found that the Dominican government had helped plan the bomb attack on President Romulo Betancourt of Venezuela in Caracas in June.", ["person:romulo-betancourt LEADS VEN", "org:OAS CONDEMNS DOM"], ["DOM ATTACKS person:romulo-betancourt", "DOM ATTACKS VEN"]),
 ("Secretary of State Christian Herter said the United States would go along with the decision, though it had hoped Trujillo would agree to free elections instead.", [], ["USA MEMBER_OF org:OAS"]),
 ("The Dominican delegation walked out of the meeting before the vote.", [], ["DOM CONDEMNS org:OAS"]),
 ("Venezuela, which broke off relations with Trujillo's government last year, had pressed for a full trade embargo.", [], ["VEN SANCTIONS DOM", "VEN CONDEMNS DOM"]),
]
