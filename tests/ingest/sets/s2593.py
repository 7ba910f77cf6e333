DAY = "1996-10-23"
SENTS = [
 ("President Jacques Chirac angrily confronted Israeli security agents in the Old City of Jerusalem on Tuesday, accusing them of provocation for jostling the crowds that came to greet him.", [], ["person:jacques-chirac CONDEMNS ISR", "person:jacques-chirac MEETS ISR", "person:jacques-chirac LEADS FRA"]),
 ("Prime Minister Benjamin Netanyahu apologised to the French leader over dinner that evening.", ["person:benjamin-netanyahu MEETS person:jacques-chirac"], ["person:benjamin-netanyahu LEADS ISR"]),
 ("On Wednesday Chirac became the first Western head of state to address the Palestinian Legislative Council, and he met Yasser Arafat in Ramallah.", ["person:jacques-chirac MEETS person:yasser-arafat"], []),
 ("He called for a Palestinian state and said Israel should withdraw from the Golan Heights in exchange for peace with Syria.", [], ["person:jacques-chirac SUPPORTS PSE", "person:jacques-chirac CONDEMNS ISR"]),
 ("Netanyahu's government has rejected a French role in the peace talks, which Washington has led since 1991.", [], ["ISR CONDEMNS FRA"]),
]
