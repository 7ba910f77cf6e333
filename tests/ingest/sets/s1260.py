DAY = "2025-04-27"
SENTS = [
 ("Donald Trump and Volodymyr Zelensky met privately inside St Peter's Basilica before the funeral of Pope Francis on Saturday.", ["person:donald-trump MEETS person:volodymyr-zelensky"], []),
 ("Photographs showed the two men sitting face to face on chairs in the basilica.", [], []),
 ("It was their first meeting since a heated exchange in the Oval Office in February.", [], ["person:donald-trump MEETS person:volodymyr-zelensky"]),
 ("Emmanuel Macron and Keir Starmer also spoke briefly with the two leaders.", [], ["person:emmanuel-macron MEETS person:keir-starmer"]),
 ("Afterwards Trump criticised Vladimir Putin for firing missiles at civilian areas in the days before the funeral.", ["person:donald-trump CONDEMNS person:vladimir-putin"], ["RUS ATTACKS UKR"]),
]
