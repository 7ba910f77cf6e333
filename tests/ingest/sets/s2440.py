DAY = "2005-01-06"
SENTS = [
 ("The United States raised its pledge for victims of the Indian Ocean tsunami to $350 million on Friday and sent an aircraft carrier group to the coast of Sumatra to ferry supplies by helicopter.", [], ["USA SUPPORTS IDN", "USA DEPLOYS_TROOPS IDN"]),
 ("Japan promised $500 million, the largest single pledge, and Australia announced a five-year aid package of $1 billion for Indonesia.", ["AUS SUPPORTS IDN"], ["JPN SUPPORTS IDN"]),
 ("India declined offers of foreign aid, saying it could cope on its own, and sent navy ships with relief supplies to Sri Lanka and the Maldives.", ["IND SUPPORTS LKA", "IND SUPPORTS MDV"], []),
 ("US Secretary of State Colin Powell toured the devastated province of Aceh on Wednesday with Indonesian President Susilo Bambang Yudhoyono.", ["person:susilo-bambang-yudhoyono LEADS IDN", "person:colin-powell MEETS person:susilo-bambang-yudhoyono"], ["person:colin-powell MEETS IDN"]),
 ("Leaders from more than 20 countries and the United Nations gathered in Jakarta on Thursday for an emergency summit on the relief effort.", [], []),
]
