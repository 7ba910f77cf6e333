DAY = "2008-10-10"
SENTS = [
 ("Secretary of State Condoleezza Rice and Indian Foreign Minister Pranab Mukherjee signed an agreement in Washington on Friday that opens the way for American companies to sell nuclear fuel and reactors to India.", ["person:condoleezza-rice MEETS person:pranab-mukherjee", "person:pranab-mukherjee MEETS USA"], ["USA TRADES_WITH IND"]),
 ("The deal, championed by President George W. Bush and Prime Minister Manmohan Singh, ends three decades in which India was barred from the global nuclear trade because it built weapons outside the Non-Proliferation Treaty.", [], ["person:george-w-bush LEADS USA", "person:manmohan-singh LEADS IND", "USA TRADES_WITH IND"]),
 ("Congress approved the agreement last week, after the Nuclear Suppliers Group, a cartel of 45 countries, granted India a waiver in September.", [], ["org:NSG SUPPORTS IND", "org:NUCLEAR_SUPPLIERS_GROUP SUPPORTS IND"]),
 ("France signed its own nuclear cooperation agreement with India last month, and Russian companies hope to build more reactors there.", [], ["FRA TRADES_WITH IND", "FRA ALLIED_WITH IND"]),
 ("China, Pakistan's closest ally, criticised the waiver and said it would weaken the global non-proliferation system.", ["CHN ALLIED_WITH PAK"], ["CHN CONDEMNS IND"]),
 ("Pakistan has asked for a similar deal with the United States, which Washington has refused.", [], []),
]
