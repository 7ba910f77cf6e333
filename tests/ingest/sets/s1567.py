DAY = "2019-09-25"
SENTS = [
 ("The White House released a summary of a July phone call in which Donald Trump asked Volodymyr Zelensky to investigate Joe Biden.", ["person:donald-trump MEETS person:volodymyr-zelensky"], []),
 ("Weeks before the call, Trump had frozen nearly $400 million in military aid to Ukraine.", [], ["USA SUPPORTS UKR"]),
 ("Zelensky told reporters at a meeting with Trump in New York that nobody had pushed him.", ["person:volodymyr-zelensky MEETS person:donald-trump"], []),
 ("Ukraine has relied on American Javelin missiles to defend itself against Russian-backed separatists in the east.", ["USA SUPPLIES_ARMS UKR"], ["RUS SUPPORTS UKR"]),
 ("Democrats in Congress opened an impeachment inquiry into the president the day before.", [], []),
]
