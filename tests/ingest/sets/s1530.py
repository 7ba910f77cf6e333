DAY = "2023-04-14"
SENTS = [
 ("Luiz Inacio Lula da Silva met Xi Jinping in Beijing on Friday and called for a group of countries to mediate peace in Ukraine.", ["person:luiz-inacio-lula-da-silva MEETS person:xi-jinping", "person:luiz-inacio-lula-da-silva MEETS CHN"], []),
 ("Brazil and China signed 15 agreements, including deals on trade, technology and the joint development of satellites.", ["BRA TRADES_WITH CHN"], ["BRA MEETS CHN"]),
 ("China is Brazil's biggest trading partner, buying much of its soybeans and iron ore.", ["CHN TRADES_WITH BRA"], []),
 ("Lula also visited the Shanghai headquarters of the New Development Bank, the lender set up by the BRICS countries, where his ally Dilma Rousseff was sworn in as president.", [], ["BRA MEMBER_OF org:BRICS"]),
 ("Washington criticised Lula's suggestion that the United States was encouraging the war by arming Ukraine.", ["USA CONDEMNS person:luiz-inacio-lula-da-silva"], ["USA SUPPLIES_ARMS UKR", "USA CONDEMNS BRA"]),
]
