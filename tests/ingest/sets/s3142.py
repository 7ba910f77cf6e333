DAY = "1977-01-18"
SENTS = [
 ("About a hundred mercenaries landed at Cotonou airport in a DC-7 on Sunday and fought government troops for three hours before flying off, the Government of Benin said.", [], []),
 ("In a broadcast, President Mathieu Kerekou blamed France, Morocco and Gabon for organising the raid, which he described as imperialist aggression.", ["person:mathieu-kerekou CONDEMNS FRA", "person:mathieu-kerekou CONDEMNS MAR", "person:mathieu-kerekou CONDEMNS GAB"], ["person:mathieu-kerekou LEADS BEN"]),
 ("Paris rejected the charge as absurd, and Morocco's King Hassan said his country had nothing to do with it.", ["person:hassan-ii LEADS MAR"], ["FRA CONDEMNS BEN"]),
 ("The Security Council agreed to send a three-nation mission to Benin to investigate.", [], ["org:UNSC MEETS BEN"]),
]
