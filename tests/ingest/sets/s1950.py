DAY = "2022-11-06"
SENTS = [
 ("Iran admitted for the first time on Saturday that it had sent drones to Russia, but said they were delivered months before the invasion of Ukraine.", ["IRN SUPPLIES_ARMS RUS"], ["RUS ATTACKS UKR"]),
 ("Foreign Minister Hossein Amir-Abdollahian said a small number of drones had been supplied and denied that Iran was sending more.", [], []),
 ("Volodymyr Zelensky accused Tehran of lying, saying Ukrainian forces were shooting down at least ten Iranian drones a day.", ["person:volodymyr-zelensky CONDEMNS IRN"], []),
 ("The European Union imposed sanctions last month on three Iranian generals and a company that makes the Shahed-136.", ["org:EU SANCTIONS IRN"], []),
 ("Kyiv has downgraded diplomatic relations with Tehran and expelled the Iranian ambassador.", [], ["UKR SANCTIONS IRN", "UKR CONDEMNS IRN"]),
]
