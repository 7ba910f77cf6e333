DAY = "1961-12-19"
SENTS = [
 ("Indian troops overran the Portuguese enclave of Goa on Tuesday after a 36-hour campaign, ending 451 years of Portuguese rule on the subcontinent.", [], ["IND ATTACKS PRT", "IND DEPLOYS_TROOPS PRT"]),
 ("Prime Minister Jawaharlal Nehru said India had been forced to act after years of fruitless negotiations with Lisbon.", [], ["person:jawaharlal-nehru LEADS IND", "IND MEETS PRT"]),
 ("Portugal's Prime Minister Antonio Salazar called the invasion a crime and broke off relations with New Delhi.", ["person:antonio-salazar LEADS PRT"], ["person:antonio-salazar CONDEMNS IND", "PRT SANCTIONS IND", "PRT CONDEMNS IND"]),
 ("A Security Council resolution calling on India to withdraw was vetoed by the Soviet Union.", ["SUN VETOES IND"], ["SUN SUPPORTS IND", "org:UNSC CONDEMNS IND"]),
 ("The United States and Britain criticised the use of force by India, which has long preached non-violence.", ["USA CONDEMNS IND", "GBR CONDEMNS IND"], []),
]
