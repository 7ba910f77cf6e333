DAY = "2018-08-06"
SENTS = [
 ("Saudi Arabia expelled Canada's ambassador and froze all new trade and investment with Canada on Monday after Ottawa called for the release of jailed women's rights activists.", ["SAU SANCTIONS CAN"], ["SAU CONDEMNS CAN"]),
 ("Riyadh said the Canadian statement was blatant interference in the kingdom's internal affairs.", ["SAU CONDEMNS CAN"], []),
 ("The kingdom also suspended flights to Toronto and ordered thousands of Saudi students in Canada to leave.", [], ["SAU SANCTIONS CAN"]),
 ("Foreign Minister Chrystia Freeland said Canada would always stand up for human rights.", [], []),
 ("The United Arab Emirates and Bahrain said they stood with Saudi Arabia.", ["ARE SUPPORTS SAU", "BHR SUPPORTS SAU"], []),
]
