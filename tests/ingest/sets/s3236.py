DAY = "1950-07-08"
SENTS = [
 ("The Security Council voted on Friday to place all forces sent to help South Korea under a unified command led by the United States, and asked Washington to name its commander.", ["org:UNSC SUPPORTS KOR"], ["USA DEPLOYS_TROOPS KOR", "org:UNSC SUPPORTS USA"]),
 ("British and Australian warships have already joined the American fleet off the Korean coast, and Australia has put a squadron of fighters at the council's disposal.", [], ["GBR DEPLOYS_TROOPS KOR", "AUS DEPLOYS_TROOPS KOR", "AUS SUPPORTS KOR"]),
 ("Moscow's delegate, who has stayed away since January in protest at the Nationalist Chinese presence, did not attend.", [], []),
 ("North Korean tanks pushed American and South Korean troops out of Chonan, 50 miles south of Seoul, on Friday.", ["PRK ATTACKS USA", "PRK ATTACKS KOR"], ["USA DEPLOYS_TROOPS KOR"]),
]
