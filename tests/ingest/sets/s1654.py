DAY = "2024-07-09"
SENTS = [
 ("Narendra Modi embraced Vladimir Putin at the Russian leader's residence outside Moscow on Monday, on his first visit to Russia since the invasion of Ukraine.", ["person:narendra-modi MEETS person:vladimir-putin", "person:narendra-modi MEETS RUS"], ["RUS ATTACKS UKR", "person:vladimir-putin LEADS RUS"]),
 ("Hours earlier, a Russian missile had struck a children's hospital in Kyiv, killing two people.", ["RUS ATTACKS UKR"], []),
 ("Volodymyr Zelensky called it a huge disappointment to see the leader of the world's largest democracy hug the world's bloodiest criminal in Moscow.", [], ["person:volodymyr-zelensky CONDEMNS person:narendra-modi", "person:volodymyr-zelensky CONDEMNS person:vladimir-putin"]),
 ("India has become one of the biggest buyers of Russian oil, and Russia remains its largest arms supplier.", ["RUS TRADES_WITH IND", "RUS SUPPLIES_ARMS IND"], []),
 ("The United States said it had made clear its concerns about India's relationship with Russia.", [], ["USA CONDEMNS IND"]),
]
