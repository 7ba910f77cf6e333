DAY = "2025-07-17"
SENTS = [
 ("Israel struck the Syrian defence ministry in Damascus and government forces in the southern province of Sweida on Wednesday, saying it was protecting the Druze minority.", ["ISR ATTACKS SYR"], []),
 ("Syria's interim president, Ahmed al-Sharaa, accused Israel of trying to tear the country apart.", ["person:ahmed-al-sharaa CONDEMNS ISR", "person:ahmed-al-sharaa LEADS SYR"], []),
 ("The United States, Turkey and Arab states brokered a ceasefire that required government troops to withdraw from Sweida.", [], []),
 ("Saudi Arabia and Qatar condemned the Israeli strikes as a flagrant violation of Syrian sovereignty.", ["SAU CONDEMNS ISR", "QAT CONDEMNS ISR"], []),
 ("Israel has occupied a buffer zone in southern Syria since the fall of Bashar al-Assad in December.", ["ISR ATTACKS SYR"], []),
]
