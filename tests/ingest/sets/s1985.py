DAY = "2017-01-31"
SENTS = [
 ("Morocco rejoined the African Union on Monday, 33 years after it left the organisation in protest at the admission of Western Sahara.", ["MAR MEMBER_OF org:AU"], []),
 ("Thirty-nine of the union's 54 members voted to readmit the kingdom at a summit in Addis Ababa.", [], ["MAR MEMBER_OF org:AU"]),
 ("Algeria and South Africa, which back the Polisario Front's claim to independence for the territory, opposed Morocco's return.", ["DZA SUPPORTS org:POLISARIO", "ZAF SUPPORTS org:POLISARIO"], ["DZA CONDEMNS MAR", "ZAF CONDEMNS MAR"]),
 ("King Mohammed VI told the summit that Morocco was returning home.", [], ["person:mohammed-vi LEADS MAR"]),
 ("Morocco has expanded its investments in West Africa, and last month signed a deal with Nigeria to build a gas pipeline along the coast.", ["MAR TRADES_WITH NGA"], []),
]
