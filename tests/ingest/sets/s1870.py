DAY = "2025-01-10"
SENTS = [
 ("The United States imposed sweeping sanctions on Russia's oil industry on Friday, targeting producers Gazprom Neft and Surgutneftegas and 183 vessels that carry Russian oil.", ["USA SANCTIONS RUS"], []),
 ("Britain announced parallel measures against the two companies.", [], ["GBR SANCTIONS RUS"]),
 ("The sanctions aim to cut the revenue Moscow earns from oil sales to India and China, which have become its biggest customers since the invasion of Ukraine.", ["RUS TRADES_WITH IND", "RUS TRADES_WITH CHN"], ["RUS ATTACKS UKR", "USA SANCTIONS RUS"]),
 ("Indian refiners said they expected supply disruptions, while Chinese state oil companies were reviewing their shipping arrangements.", [], []),
 ("President-elect Donald Trump, who takes office on January 20, has promised to end the war in Ukraine quickly.", [], []),
 ("Ukrainian President Volodymyr Zelensky welcomed the measures and urged Washington's allies to follow suit.", ["person:volodymyr-zelensky LEADS UKR"], ["person:volodymyr-zelensky SUPPORTS USA"]),
]
