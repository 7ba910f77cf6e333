DAY = "1963-10-16"
SENTS = [
 ("Moroccan and Algerian troops fought for a second day around the oasis of Hassi Beida on the disputed Saharan border, each side accusing the other of starting the war.", ["MAR ATTACKS DZA", "DZA ATTACKS MAR", "MAR CONDEMNS DZA", "DZA CONDEMNS MAR"], []),
 ("King Hassan recalled his ambassador from Algiers, and President Ahmed Ben Bella ordered a general mobilisation.", [], ["MAR CONDEMNS DZA", "person:hassan-ii LEADS MAR", "person:ahmed-ben-bella LEADS DZA"]),
 ("Morocco accused Egypt of sending troops and aircraft to help Algeria.", ["MAR CONDEMNS EGY"], ["EGY DEPLOYS_TROOPS DZA", "EGY SUPPORTS DZA"]),
 ("Emperor Haile Selassie of Ethiopia offered to mediate and invited both leaders to Addis Ababa.", ["person:haile-selassie LEADS ETH"], []),
 ("The United States, which sells wheat to Algeria, kept out of the quarrel.", ["USA TRADES_WITH DZA"], ["USA SUPPORTS DZA"]),
]
