DAY = "1960-02-14"
SENTS = [
 ("Anastas Mikoyan, the Soviet First Deputy Premier, signed a trade agreement in Havana on Saturday under which the Soviet Union will buy five million tons of Cuban sugar over five years.", ["SUN TRADES_WITH CUB", "person:anastas-mikoyan MEETS CUB"], []),
 ("Moscow also granted Cuba a credit of $100 million at two and a half per cent interest for the purchase of Soviet machinery and equipment.", ["SUN SUPPORTS CUB"], ["SUN TRADES_WITH CUB"]),
 ("Prime Minister Fidel Castro, who toured the Soviet exhibition with Mikoyan, called the agreement a blow to the economic blockade of the imperialists.", ["person:fidel-castro MEETS person:anastas-mikoyan"], ["person:fidel-castro LEADS CUB", "person:fidel-castro CONDEMNS USA"]),
 ("American officials fear the pact will bind the island's economy to Moscow's bloc.", [], []),
 ("Under a quota, Washington takes roughly half of each Cuban sugar harvest, paying more than the world price.", ["USA TRADES_WITH CUB"], []),
]
