"""A second batch of hand-written sentences, kept out of rule tuning: it estimates how the rules
do on phrasing they were not written against. The test asserts aggregate precision and recall."""

HELDOUT: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Pakistan Prime Minister Shehbaz Sharif flew to Beijing for talks.", {("person:shehbaz-sharif", "LEADS", "state:PAK")}),
    ("Belarus has allowed Russia to station tactical nuclear weapons on its soil.", set()),
    ("Britain will supply Ukraine with Storm Shadow missiles, the minister said.", set()),
    ("Israeli troops entered Lebanon early on Tuesday.", {("state:ISR", "DEPLOYS_TROOPS", "state:LBN")}),
    ("The Netherlands transferred F-16 fighter jets to Ukraine.", {("state:NLD", "SUPPLIES_ARMS", "state:UKR")}),
    ("Saudi Arabia bought air defence systems from South Korea.", {("state:KOR", "SUPPLIES_ARMS", "state:SAU")}),
    ("The United Nations condemned Myanmar's junta for the airstrikes.", {("org:UN", "CONDEMNS", "state:MMR")}),
    ("Hamas attacked Israel on October 7.", {("org:HAMAS", "ATTACKS", "state:ISR")}),
    ("Sweden became a member of NATO in March.", {("state:SWE", "MEMBER_OF", "org:NATO")}),
    ("Egypt and Turkey held talks on Libya.", {("state:EGY", "MEETS", "state:TUR")}),
    ("The G7 imposed a price cap on Russian oil.", set()),
    ("Washington has imposed sanctions on Chinese firms that support Russia.", {("state:USA", "SANCTIONS", "state:CHN")}),
    ("India and France conducted joint naval exercises in the Arabian Sea.", {("state:IND", "ALLIED_WITH", "state:FRA")}),
    ("Poland is Ukraine's most important ally.", {("state:POL", "ALLIED_WITH", "state:UKR")}),
    ("Rwanda denied sending troops into Congo.", set()),
    # relabelled in session 5: a missile attack is military aggression against its target
    ("The Houthis fired missiles at Israel.", {("org:HOUTHIS", "ATTACKS", "state:ISR")}),
    ("Kazakhstan is a member of the Eurasian Economic Union.", {("state:KAZ", "MEMBER_OF", "org:EAEU")}),
    # relabelled in session 5: as "Finland's decision" always did, condemning a decision by Finland condemns Finland
    ("Moscow condemned the decision by Finland to join NATO.", {("state:RUS", "CONDEMNS", "state:FIN")}),
    # relabelled in session 21: a leader hosted in the host's capital visited the host's state, as the
    # project's labels have had it since "hosted Trump in Tokyo" (Trump meets Japan); the label had left it out
    ("Chinese President Xi Jinping hosted Brazil's president in Beijing.",
     {("person:xi-jinping", "LEADS", "state:CHN"), ("person:xi-jinping", "MEETS", "person:luiz-inacio-lula-da-silva"),
      ("person:luiz-inacio-lula-da-silva", "MEETS", "state:CHN")}),
    ("Trade between the EU and Mercosur could double under the agreement.", set()),
    ("Japan's trade with Australia is dominated by coal and iron ore.", {("state:JPN", "TRADES_WITH", "state:AUS")}),
    ("Ukraine has attacked Russian oil refineries with drones.", {("state:UKR", "ATTACKS", "state:RUS")}),
    ("Iran backs the Houthis in Yemen.", {("state:IRN", "SUPPORTS", "org:HOUTHIS")}),
    ("The US vetoed a draft resolution on Israel in February.", {("state:USA", "VETOES", "state:ISR")}),
    ("Norway did not join the European Union.", set()),
    ("Italy criticized France over migration policy.", {("state:ITA", "CONDEMNS", "state:FRA")}),
    ("Russia's annexation of Crimea in 2014 led to sanctions.", {("state:RUS", "ATTACKS", "state:UKR")}),
    ("South Africa has maintained close ties with Russia.", set()),
    ("Hungary blocked EU aid to Ukraine for months.", set()),
    ("The European Commission proposed new sanctions against Iran.", set()),
]
