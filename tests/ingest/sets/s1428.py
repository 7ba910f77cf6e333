DAY = "1982-04-04"
SENTS = [
 ("Argentine forces invaded the Falkland Islands on Friday and forced the surrender of the small British garrison.", ["ARG ATTACKS GBR"], []),
 ("Prime Minister Margaret Thatcher announced that a naval task force would sail for the South Atlantic.", [], []),
 ("The UN Security Council demanded an immediate Argentine withdrawal.", [], ["org:UNSC CONDEMNS ARG"]),
 ("The European Community imposed an arms embargo on Argentina and banned its imports.", ["org:EU SANCTIONS ARG"], []),
 ("The United States, an ally of both countries, tried to mediate.", ["USA ALLIED_WITH ARG", "USA ALLIED_WITH GBR"], []),
]
