DAY = "2023-02-05"
SENTS = [
 ("A US F-22 fighter shot down a suspected Chinese spy balloon off the coast of South Carolina on Saturday after it had drifted across the country for a week.", ["USA ATTACKS CHN"], []),
 ("Secretary of State Antony Blinken postponed a trip to Beijing, calling the balloon's flight over American territory a clear violation of US sovereignty.", [], ["person:antony-blinken MEETS CHN", "person:antony-blinken CONDEMNS CHN"]),
 ("China said the balloon was a civilian airship used for weather research and accused Washington of overreacting.", ["CHN CONDEMNS USA"], []),
 ("Beijing lodged a formal protest with the US embassy and said it reserved the right to respond.", ["CHN CONDEMNS USA"], []),
 ("Canada said it was monitoring a possible second incident and had summoned China's ambassador.", ["CAN CONDEMNS CHN"], []),
]
