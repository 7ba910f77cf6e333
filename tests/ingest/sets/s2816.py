DAY = "1980-08-21"
SENTS = [
 ("The Security Council voted 14 to 0 on Wednesday to censure Israel for its law proclaiming all of Jerusalem its capital, with the United States abstaining.", ["org:UNSC CONDEMNS ISR"], []),
 ("The resolution asks the 13 countries that keep embassies in Jerusalem to move them elsewhere.", [], []),
 ("The Netherlands, whose embassy has been in the city since 1948, said it would comply.", [], []),
 ("Edmund Muskie, the American Secretary of State, found the text one-sided but made clear that Washington opposed the Jerusalem law.", [], ["USA CONDEMNS ISR", "person:edmund-muskie CONDEMNS ISR"]),
 ("Saudi Arabia and Iraq had threatened to cut off oil to any country whose embassy stayed in Jerusalem.", [], []),
]
