DAY = "2023-03-10"
SENTS = [
 ("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after talks in Beijing mediated by China.", ["SAU MEETS IRN"], ["CHN MEETS SAU", "CHN MEETS IRN"]),
 ("The two rivals cut ties in 2016 after protesters stormed the Saudi embassy in Tehran.", [], []),
 ("Wang Yi, China's top diplomat, hailed the agreement as a victory for dialogue and peace.", [], []),
 ("The United States welcomed any effort to end the war in Yemen, where Riyadh has led a coalition against the Iranian-backed Houthis since 2015.", ["IRN SUPPORTS org:HOUTHIS", "SAU ATTACKS org:HOUTHIS"], ["SAU DEPLOYS_TROOPS YEM", "SAU ATTACKS YEM"]),
 ("Israeli opposition leader Yair Lapid called the deal a dangerous failure of Benjamin Netanyahu's foreign policy.", ["person:yair-lapid CONDEMNS person:benjamin-netanyahu"], []),
]
