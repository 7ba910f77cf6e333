DAY = "2024-10-15"
SENTS = [
 ("Canada expelled six Indian diplomats on Monday, including the high commissioner, after police linked them to a campaign of violence against Sikh activists.", [], ["CAN CONDEMNS IND"]),
 ("India responded by expelling six Canadian diplomats and called the accusations preposterous.", ["IND CONDEMNS CAN"], []),
 ("Prime Minister Justin Trudeau said India had made a fundamental error in supporting criminal activity against Canadians.", ["person:justin-trudeau CONDEMNS IND"], ["person:justin-trudeau LEADS CAN"]),
 ("New Delhi accused Trudeau of pursuing a political agenda for votes.", ["IND CONDEMNS person:justin-trudeau"], []),
 ("The United States, which charged an Indian official over a foiled plot in New York, urged India to cooperate with the investigation.", [], ["USA CONDEMNS IND"]),
]
