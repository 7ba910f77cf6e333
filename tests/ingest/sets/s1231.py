DAY = "2025-03-15"
SENTS = [
 ("The United States expelled South Africa's ambassador, Ebrahim Rasool, after he accused Trump of leading a white supremacist movement.", [], ["USA CONDEMNS ZAF", "person:ebrahim-rasool CONDEMNS person:donald-trump"]),
 ("Secretary of State Marco Rubio called Rasool a race-baiting politician who hates America.", ["person:marco-rubio CONDEMNS person:ebrahim-rasool"], []),
 ("Pretoria called the expulsion regrettable but said it remained committed to a mutually beneficial relationship with Washington.", [], ["ZAF CONDEMNS USA"]),
 ("Trump had already cut aid to South Africa over a land expropriation law and its genocide case against Israel at the International Court of Justice.", [], ["USA SANCTIONS ZAF", "ZAF CONDEMNS ISR"]),
 ("South Africa is the United States' second-largest trading partner in Africa.", ["ZAF TRADES_WITH USA"]),
]
