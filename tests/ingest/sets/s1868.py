DAY = "2023-09-19"
SENTS = [
 ("India expelled a senior Canadian diplomat on Tuesday, hours after Canada expelled an Indian official over what Prime Minister Justin Trudeau called credible allegations linking Indian agents to the killing of a Sikh separatist leader.", ["CAN CONDEMNS IND"], ["person:justin-trudeau LEADS CAN", "person:justin-trudeau CONDEMNS IND", "IND CONDEMNS CAN"]),
 ("Hardeep Singh Nijjar, a Canadian citizen, was shot dead outside a Sikh temple in British Columbia in June.", [], []),
 ("India's foreign ministry rejected the allegations as absurd and motivated, and accused Canada of harbouring terrorists and extremists.", ["IND CONDEMNS CAN"], []),
 ("Trudeau said he had raised the matter directly with Prime Minister Narendra Modi at the G20 summit in New Delhi this month.", ["person:justin-trudeau MEETS person:narendra-modi"], ["person:narendra-modi LEADS IND", "person:justin-trudeau MEETS IND", "person:justin-trudeau CONDEMNS IND"]),
 ("The United States said it was deeply concerned about the allegations and urged India to cooperate with the investigation.", [], ["USA CONDEMNS IND"]),
 ("Canada and India had been negotiating a trade agreement, but Ottawa paused the talks this month.", [], ["CAN TRADES_WITH IND", "CAN MEETS IND"]),
]
