DAY = "1977-04-01"
SENTS = [
 ("Nikolai V. Podgorny, the Soviet President, and President Samora Machel of Mozambique put their names on Thursday to a friendship and cooperation treaty meant to last two decades.", ["person:nikolai-podgorny LEADS SUN", "person:samora-machel LEADS MOZ", "person:nikolai-podgorny MEETS person:samora-machel", "SUN ALLIED_WITH MOZ"], ["person:nikolai-podgorny MEETS MOZ"]),
 ("The treaty commits Moscow to help strengthen Mozambique's defence capacity, and Soviet military instructors are already training its army.", [], ["SUN SUPPORTS MOZ", "SUN DEPLOYS_TROOPS MOZ"]),
 ("Podgorny came to Mozambique from Zambia, where President Kenneth Kaunda asked him for more help for the guerrillas fighting Rhodesia's white minority government.", ["person:nikolai-podgorny MEETS ZMB", "person:kenneth-kaunda LEADS ZMB"], ["person:kenneth-kaunda MEETS person:nikolai-podgorny", "person:nikolai-podgorny MEETS MOZ"]),
 ("Earlier in the week he was the guest of President Julius Nyerere in Dar es Salaam.", [], ["person:julius-nyerere LEADS TZA", "person:nikolai-podgorny MEETS person:julius-nyerere"]),
 ("Rhodesia's army has struck again and again at guerrilla camps inside Mozambique.", ["ZWE ATTACKS MOZ"], []),
]
