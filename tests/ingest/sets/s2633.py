DAY = "1998-04-01"
SENTS = [
 ("The Security Council imposed an arms embargo on Yugoslavia on Tuesday to press President Slobodan Milosevic to end the crackdown in Kosovo.", ["org:UNSC SANCTIONS YUG"], ["person:slobodan-milosevic LEADS YUG", "org:UNSC CONDEMNS person:slobodan-milosevic"]),
 ("Moscow, which has long shielded Belgrade, backed the measure only after the text dropped any threat of force; China abstained.", ["RUS SUPPORTS YUG"], []),
 ("Serbian police have killed more than 80 ethnic Albanians in the province since late February.", [], []),
 ("The United States and its European allies had already frozen Yugoslav assets abroad and banned new investment in the country.", ["USA SANCTIONS YUG"], []),
]
