DAY = "1950-11-02"
SENTS = [
 ("Chinese Communist troops have crossed the Yalu River into North Korea and attacked American and South Korean units near Unsan, General Douglas MacArthur's headquarters said on Thursday.", ["CHN DEPLOYS_TROOPS PRK", "CHN ATTACKS USA", "CHN ATTACKS KOR"], []),
 ("An American cavalry regiment was badly mauled in the fighting, and South Korean divisions fell back toward the Chongchon River.", [], []),
 ("Peking radio said Chinese volunteers were helping the North Koreans resist American aggression.", [], ["CHN SUPPORTS PRK", "CHN DEPLOYS_TROOPS PRK", "CHN CONDEMNS USA", "USA ATTACKS PRK"]),
 ("The Soviet Union has supplied North Korea with tanks and aircraft since before the war began in June.", ["SUN SUPPLIES_ARMS PRK"], []),
 ("President Harry Truman told reporters that the United States had no intention of carrying the war into China.", [], ["person:harry-s-truman LEADS USA"]),
]
