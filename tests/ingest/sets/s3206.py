DAY = "1953-03-01"
SENTS = [
 ("Foreign ministers of Greece, Turkey and Yugoslavia put their names in Ankara on Saturday to a three-way pact under which their general staffs will plan together against attack.", ["GRC ALLIED_WITH TUR", "GRC ALLIED_WITH YUG", "TUR ALLIED_WITH YUG"], ["GRC MEETS TUR", "YUG MEETS TUR", "GRC MEETS YUG"]),
 ("The pact binds Marshal Tito's Yugoslavia, which broke with Moscow in 1948, to two members of NATO.", [], ["GRC MEMBER_OF org:NATO", "TUR MEMBER_OF org:NATO", "person:josip-broz-tito LEADS YUG", "YUG ALLIED_WITH GRC", "YUG ALLIED_WITH TUR"]),
 ("Since 1951 Belgrade's army has been re-equipped with tanks and jets shipped from the United States.", ["USA SUPPLIES_ARMS YUG"], ["USA SUPPORTS YUG"]),
 ("The Moscow press gave the signing a hostile reception.", [], []),
]
