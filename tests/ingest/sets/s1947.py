DAY = "2024-01-02"
SENTS = [
 ("Egypt, Ethiopia, Iran and the United Arab Emirates formally became members of the BRICS group of emerging economies on Monday, Russia announced as it took over the bloc's rotating chairmanship.", ["EGY MEMBER_OF org:BRICS", "ETH MEMBER_OF org:BRICS", "IRN MEMBER_OF org:BRICS", "ARE MEMBER_OF org:BRICS"], []),
 ("Saudi Arabia, which was also invited to join at the Johannesburg summit in August, has yet to confirm whether it will accept.", [], []),
 ("Argentina's new president, Javier Milei, turned down the invitation last week, saying it was not the right time.", ["person:javier-milei LEADS ARG"], []),
 ("Vladimir Putin said the expanded group would hold more than 200 events in Russia this year, including a summit in Kazan in October.", [], []),
 ("Brazil, Russia, India, China and South Africa founded the grouping, which now accounts for nearly half the world's population.", [], ["BRA MEMBER_OF org:BRICS", "RUS MEMBER_OF org:BRICS", "IND MEMBER_OF org:BRICS", "CHN MEMBER_OF org:BRICS", "ZAF MEMBER_OF org:BRICS"]),
]
