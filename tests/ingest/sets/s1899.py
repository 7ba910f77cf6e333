DAY = "2024-12-07"
SENTS = [
 ("Donald Trump met Volodymyr Zelensky at the Elysee Palace on Saturday in talks hosted by Emmanuel Macron, hours before the reopening of Notre-Dame cathedral.", ["person:donald-trump MEETS person:volodymyr-zelensky", "person:emmanuel-macron MEETS person:donald-trump", "person:emmanuel-macron MEETS person:volodymyr-zelensky"], ["person:donald-trump MEETS FRA", "person:volodymyr-zelensky MEETS FRA"]),
 ("It was the first meeting between the US president-elect and the Ukrainian leader since Trump won the election in November.", [], ["person:donald-trump MEETS person:volodymyr-zelensky"]),
 ("Zelensky said afterwards that the three leaders had discussed a just peace and the situation on the ground.", [], ["person:donald-trump MEETS person:volodymyr-zelensky", "person:donald-trump MEETS person:emmanuel-macron", "person:emmanuel-macron MEETS person:volodymyr-zelensky"]),
 ("Trump, who has criticised the scale of American military aid to Kyiv, has said he could end the war within a day.", [], ["USA SUPPLIES_ARMS UKR", "USA SUPPORTS UKR"]),
 ("Macron also held separate talks with Trump, his first guest at the presidential palace since the US election.", ["person:emmanuel-macron MEETS person:donald-trump"], ["person:donald-trump MEETS FRA"]),
 ("Prince William, who attended the ceremony at the cathedral, later met Trump at the British ambassador's residence.", [], []),
]
