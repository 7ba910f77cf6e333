DAY = "2025-03-01"
SENTS = [
 ("Donald Trump and JD Vance berated Volodymyr Zelensky in the Oval Office on Friday, accusing him of being ungrateful for American help.", ["person:donald-trump MEETS person:volodymyr-zelensky", "person:jd-vance MEETS person:volodymyr-zelensky", "person:donald-trump CONDEMNS person:volodymyr-zelensky", "person:jd-vance CONDEMNS person:volodymyr-zelensky", "person:volodymyr-zelensky MEETS USA"], []),
 ("Zelensky left the White House without signing the minerals agreement.", [], []),
 ("European leaders rallied behind the Ukrainian president, and Keir Starmer hugged him in Downing Street two days later.", ["person:keir-starmer MEETS person:volodymyr-zelensky", "person:volodymyr-zelensky MEETS GBR"], []),
 ("Washington paused all military aid to Ukraine the following Monday.", [], ["USA SUPPLIES_ARMS UKR"]),
 ("Russian officials praised Trump's restraint in not hitting Zelensky.", [], ["RUS SUPPORTS person:donald-trump"]),
]
