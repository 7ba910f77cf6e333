DAY = "2017-06-20"
SENTS = [
 ("Otto Warmbier, the American student who was released by North Korea in a coma last week after 17 months in detention, died on Monday.", [], []),
 ("President Donald Trump condemned the brutality of the North Korean regime and said Warmbier's death was a total disgrace.", ["person:donald-trump CONDEMNS PRK"], ["person:donald-trump LEADS USA"]),
 ("Warmbier had been sentenced to 15 years of hard labour for trying to steal a propaganda poster from his hotel in Pyongyang.", [], []),
 ("Secretary of State Rex Tillerson said the United States held North Korea accountable for his unjust imprisonment.", ["USA CONDEMNS PRK"], ["person:rex-tillerson CONDEMNS PRK"]),
 ("South Korea's President Moon Jae-in said Pyongyang bore heavy responsibility for the death.", ["person:moon-jae-in LEADS KOR", "person:moon-jae-in CONDEMNS PRK"], []),
 ("The State Department later banned American citizens from travelling to North Korea.", [], ["USA SANCTIONS PRK"]),
]
