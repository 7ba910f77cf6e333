"""Hand-written news-style sentences, one or more per relation type and form (active, passive,
nominal, compound, negated, hedged). Written for Entente's tests, not taken from any corpus.
Each case: (text, expected edges as (source, TYPE, target)); symmetric edges in either order."""

CASES: list[tuple[str, set[tuple[str, str, str]]]] = [
    # LEADS
    ("French President Emmanuel Macron arrived in Berlin on Monday.", {("person:emmanuel-macron", "LEADS", "state:FRA")}),
    ("Kenya's president William Ruto said the deal would create jobs.", {("person:william-ruto", "LEADS", "state:KEN")}),
    ("Hakainde Hichilema, the president of Zambia, spoke at the summit.", {("person:hakainde-hichilema", "LEADS", "state:ZMB")}),
    ("Foreign Minister Sergei Lavrov repeated the Kremlin's line.", set()),
    ("IAEA Director General Rafael Grossi visited the plant.", {("person:rafael-grossi", "LEADS", "org:IAEA")}),
    # SUPPLIES_ARMS
    ("Iran has supplied hundreds of Shahed drones to Russia, according to officials.", {("state:IRN", "SUPPLIES_ARMS", "state:RUS")}),
    ("Germany delivered Leopard tanks and air defence systems to Ukraine last year.", {("state:DEU", "SUPPLIES_ARMS", "state:UKR")}),
    ("The United States and Britain sent long-range missiles to Kyiv.", {("state:USA", "SUPPLIES_ARMS", "state:UKR"), ("state:GBR", "SUPPLIES_ARMS", "state:UKR")}),
    ("Russia has received millions of artillery shells from North Korea.", {("state:PRK", "SUPPLIES_ARMS", "state:RUS")}),
    ("Turkey provided Azerbaijan with armed drones during the conflict.", {("state:TUR", "SUPPLIES_ARMS", "state:AZE")}),
    ("China's exports of weapons to Pakistan rose sharply.", {("state:CHN", "SUPPLIES_ARMS", "state:PAK")}),
    ("Tehran denied supplying ballistic missiles to Moscow.", set()),
    ("Washington is considering sending more air defence systems to Israel.", set()),
    ("Russian forces fired Iranian-made drones at Ukrainian cities.", {("state:IRN", "SUPPLIES_ARMS", "state:RUS")}),
    # DEPLOYS_TROOPS
    ("North Korea has sent thousands of troops to Russia, Seoul's spy agency said.", {("state:PRK", "DEPLOYS_TROOPS", "state:RUS")}),
    ("France deployed soldiers to Mali in 2013.", {("state:FRA", "DEPLOYS_TROOPS", "state:MLI")}),
    ("Russian troops in Syria were withdrawn from two bases.", {("state:RUS", "DEPLOYS_TROOPS", "state:SYR")}),
    ("The United Kingdom could deploy troops to Ukraine as part of a peace deal.", set()),
    ("India did not send troops to Sri Lanka this time.", set()),
    # TRADES_WITH
    ("China's trade with Brazil reached a record last year.", {("state:CHN", "TRADES_WITH", "state:BRA")}),
    ("Trade between India and the United Arab Emirates grew by 15 percent.", {("state:IND", "TRADES_WITH", "state:ARE")}),
    ("Vietnam trades extensively with South Korea.", {("state:VNM", "TRADES_WITH", "state:KOR")}),
    ("Germany remains China's largest trading partner in Europe.", {("state:DEU", "TRADES_WITH", "state:CHN")}),
    ("Australia and Britain signed a free trade agreement in December.", set()),
    # VETOES
    ("Russia vetoed a UN Security Council resolution condemning its annexation of Crimea.", set()),
    ("The United States vetoed a Security Council resolution calling for a ceasefire in Gaza.", set()),
    ("China and Russia vetoed a resolution on sanctions against Syria.", {("state:CHN", "VETOES", "state:SYR"), ("state:RUS", "VETOES", "state:SYR")}),
    ("Russia vetoed a draft resolution on Mali in August.", {("state:RUS", "VETOES", "state:MLI")}),
    ("China abstained on the resolution on Myanmar.", set()),
    # SANCTIONS
    ("The European Union imposed new sanctions on Belarus on Thursday.", {("org:EU", "SANCTIONS", "state:BLR")}),
    ("Japan has sanctioned Russia over the invasion.", {("state:JPN", "SANCTIONS", "state:RUS")}),
    ("Sanctions imposed on Iran by the United States have hit its oil exports.", {("state:USA", "SANCTIONS", "state:IRN")}),
    ("Canada and Australia announced sanctions against Myanmar's military rulers.", {("state:CAN", "SANCTIONS", "state:MMR"), ("state:AUS", "SANCTIONS", "state:MMR")}),
    ("The EU is considering sanctions on China over its support for Russia.", set()),
    ("Washington lifted sanctions on Venezuela's oil sector.", set()),
    # ALLIED_WITH
    ("Russia and North Korea signed a mutual defence treaty in Pyongyang.", {("state:RUS", "ALLIED_WITH", "state:PRK")}),
    ("Japan signed a security pact with the Philippines.", {("state:JPN", "ALLIED_WITH", "state:PHL")}),
    ("The United States held joint military exercises with South Korea.", {("state:USA", "ALLIED_WITH", "state:KOR")}),
    ("Britain is America's closest ally.", {("state:GBR", "ALLIED_WITH", "state:USA")}),
    ("Armenia may seek an alliance with France.", set()),
    # MEMBER_OF
    ("Finland joined NATO in April 2023.", {("state:FIN", "MEMBER_OF", "org:NATO")}),
    ("Japan joined NATO naval exercises in the Pacific.", set()),  # taking part is not membership
    ("Australia joined the EU's talks on critical minerals.", set()),
    ("Hungary is a member of the European Union.", {("state:HUN", "MEMBER_OF", "org:EU")}),
    ("BRICS, which includes Brazil, Russia, India, China and South Africa, met in Kazan.",
     {("state:BRA", "MEMBER_OF", "org:BRICS"), ("state:RUS", "MEMBER_OF", "org:BRICS"), ("state:IND", "MEMBER_OF", "org:BRICS"),
      ("state:CHN", "MEMBER_OF", "org:BRICS"), ("state:ZAF", "MEMBER_OF", "org:BRICS")}),
    ("Ukraine wants to join the European Union.", set()),
    ("Turkey, a member of NATO, bought Russian air defence systems.", {("state:TUR", "MEMBER_OF", "org:NATO")}),
    # MEETS
    ("Xi Jinping met Vladimir Putin in Moscow on Tuesday.", {("person:xi-jinping", "MEETS", "person:vladimir-putin")}),
    ("Indian Prime Minister Narendra Modi held talks with Japan's prime minister.",
     {("person:narendra-modi", "LEADS", "state:IND"), ("person:narendra-modi", "MEETS", "person:fumio-kishida")}),
    ("Talks between Egypt and Qatar continued in Cairo.", {("state:EGY", "MEETS", "state:QAT")}),
    ("Saudi Arabia hosted Ukraine's foreign minister.", set()),
    ("Biden will meet Xi at the summit next week.", set()),
    # CONDEMNS
    ("Poland condemned Belarus for the border provocations.", {("state:POL", "CONDEMNS", "state:BLR")}),
    ("China criticised the United States over its chip export controls.", {("state:CHN", "CONDEMNS", "state:USA")}),
    ("Israel was condemned by the Arab League after the strike.", {("org:ARAB_LEAGUE", "CONDEMNS", "state:ISR")}),
    ("Iran accused Israel of sabotage at the Natanz facility.", {("state:IRN", "CONDEMNS", "state:ISR")}),
    ("Germany refused to condemn China's military drills.", set()),
    # SUPPORTS
    ("The African Union backed Ethiopia's bid to mediate.", {("org:AU", "SUPPORTS", "state:ETH")}),
    ("Qatar pledged humanitarian aid to Sudan.", {("state:QAT", "SUPPORTS", "state:SDN")}),
    ("Qatar pledged to send humanitarian aid to Sudan.", set()),
    ("Japan is providing financial support to Ukraine.", {("state:JPN", "SUPPORTS", "state:UKR")}),
    ("Brazil welcomed Argentina's decision.", {("state:BRA", "SUPPORTS", "state:ARG")}),
    ("Russia's support for Venezuela has not wavered.", {("state:RUS", "SUPPORTS", "state:VEN")}),
    # ATTACKS
    ("Russia invaded Ukraine in February 2022.", {("state:RUS", "ATTACKS", "state:UKR")}),
    ("Israel launched airstrikes on Syria overnight.", {("state:ISR", "ATTACKS", "state:SYR")}),
    ("Azerbaijan's offensive against Armenia drew condemnation.", {("state:AZE", "ATTACKS", "state:ARM")}),
    ("Ukraine was attacked by Russia with more than 100 drones.", {("state:RUS", "ATTACKS", "state:UKR")}),
    ("China could invade Taiwan by 2027, the admiral warned.", set()),
    ("India and Pakistan have not fought a war since 1999.", set()),
]
