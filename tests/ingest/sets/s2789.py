DAY = "1971-01-26"
SENTS = [
 ("Maj. Gen. Idi Amin, the commander of Uganda's army, seized power on Monday while President Milton Obote was in Singapore for the Commonwealth conference.", ["person:idi-amin LEADS UGA"], ["person:milton-obote LEADS UGA"]),
 ("Obote told reporters in Singapore that Britain's planned sale of arms to South Africa had split the Commonwealth.", [], ["GBR SUPPLIES_ARMS ZAF", "person:milton-obote CONDEMNS GBR"]),
 ("Tanzania's President Julius Nyerere denounced the coup and said his government would not recognize the soldiers who carried it out.", ["person:julius-nyerere LEADS TZA"], ["person:julius-nyerere CONDEMNS person:idi-amin", "TZA CONDEMNS UGA"]),
 ("Israel, which has trained Ugandan paratroopers and pilots since 1964, was said by diplomats in Kampala to be pleased.", ["ISR SUPPORTS UGA"], []),
 ("Obote had planned to fly home by way of Nairobi, where Kenya's President Jomo Kenyatta offered him shelter.", ["person:jomo-kenyatta LEADS KEN"], ["person:jomo-kenyatta SUPPORTS person:milton-obote", "KEN SUPPORTS person:milton-obote"]),
]
