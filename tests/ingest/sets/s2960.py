DAY = "1976-12-17"
SENTS = [
 ("Saudi Arabia and the United Arab Emirates split from the other eleven members of OPEC at Doha today and raised their oil prices by only 5 per cent.", [], ["SAU MEMBER_OF org:OPEC", "ARE MEMBER_OF org:OPEC"]),
 ("The rest of the cartel, led by Iran, Iraq and Libya, voted for a rise of 10 per cent now and another 5 per cent in July.", [], []),
 ("Sheik Ahmed Zaki Yamani, the Saudi oil minister, said his country would pump as much oil as it took to hold prices down.", [], []),
 ("Iraq's oil minister accused Saudi Arabia of serving the interests of the United States.", ["IRQ CONDEMNS SAU"], []),
 ("Washington welcomed the Saudi decision, which it said would help the recovery of the industrial nations.", ["USA SUPPORTS SAU"], []),
]
