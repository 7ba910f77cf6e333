DAY = "2025-10-29"
SENTS = [
 ("Israeli air strikes killed more than 100 people across Gaza overnight after Benjamin Netanyahu ordered the military to carry out powerful strikes.", [], ["person:benjamin-netanyahu ATTACKS PSE", "ISR ATTACKS PSE"]),
 ("Israel accused Hamas of violating the ceasefire by killing a soldier in Rafah and returning the wrong remains of a hostage.", ["ISR CONDEMNS org:HAMAS"], []),
 ("Hamas denied involvement in the Rafah attack.", [], []),
 ("Qatar and Egypt, which mediated the truce along with the United States and Turkey, urged both sides to respect it.", [], []),
 ("US Vice President JD Vance said the ceasefire was holding despite the skirmishes.", [], ["person:jd-vance LEADS USA"]),
]
