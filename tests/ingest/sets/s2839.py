DAY = "1958-06-18"
SENTS = [
 ("The Hungarian government announced on Tuesday that Imre Nagy, the prime minister during the 1956 uprising, had been tried in secret and executed.", [], []),
 ("Nagy had taken refuge in the Yugoslav embassy in Budapest and was seized when he left it under a safe-conduct.", [], ["YUG SUPPORTS person:imre-nagy"]),
 ("Yugoslavia protested to Budapest that the execution broke the written guarantee given to its embassy.", ["YUG CONDEMNS HUN"], []),
 ("Secretary of State Dulles called the execution a shocking act of cruelty, and the British government condemned it.", [], ["USA CONDEMNS HUN", "person:john-foster-dulles CONDEMNS HUN", "GBR CONDEMNS HUN"]),
 ("A Soviet garrison has stayed in Hungary ever since the uprising was crushed.", ["SUN DEPLOYS_TROOPS HUN"], []),
]
