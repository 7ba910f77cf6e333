DAY = "2024-08-23"
SENTS = [
 ("Narendra Modi became the first Indian prime minister to visit Ukraine on Friday, hugging Volodymyr Zelensky at a memorial to children killed in the war.", ["person:narendra-modi MEETS UKR", "person:narendra-modi MEETS person:volodymyr-zelensky"], ["person:narendra-modi LEADS IND"]),
 ("The visit came six weeks after Modi was criticised by Zelensky for embracing Vladimir Putin in Moscow on the day a Russian missile struck a children's hospital in Kyiv.", ["person:volodymyr-zelensky CONDEMNS person:narendra-modi", "person:narendra-modi MEETS person:vladimir-putin", "person:narendra-modi MEETS RUS", "RUS ATTACKS UKR"], []),
 ("India has refused to condemn Russia's invasion and has become a major buyer of Russian oil.", ["IND TRADES_WITH RUS"], ["RUS ATTACKS UKR"]),
 ("Modi told Zelensky that India was not neutral but on the side of peace.", ["person:narendra-modi MEETS person:volodymyr-zelensky"], []),
 ("Poland, where Modi stopped on his way to Kyiv, signed a strategic partnership with India.", ["POL ALLIED_WITH IND"], ["person:narendra-modi MEETS POL"]),
]
