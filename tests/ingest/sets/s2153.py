DAY = "1999-03-13"
SENTS = [
 ("Poland, Hungary and the Czech Republic formally joined NATO on Friday at a ceremony in Independence, Missouri, becoming the first former Warsaw Pact countries in the alliance.", ["POL MEMBER_OF org:NATO", "HUN MEMBER_OF org:NATO", "CZE MEMBER_OF org:NATO"], ["POL MEMBER_OF org:WARSAW_PACT", "HUN MEMBER_OF org:WARSAW_PACT", "CZE MEMBER_OF org:WARSAW_PACT"]),
 ("Secretary of State Madeleine Albright, who was born in Prague, received the documents from the three foreign ministers.", [], []),
 ("Russia, which strongly opposed the enlargement, said it would not change its relations with the alliance for now.", [], ["RUS CONDEMNS org:NATO"]),
 ("Polish Foreign Minister Bronislaw Geremek said Poland had returned to the West for good.", [], []),
 ("The three countries will take part in their first NATO summit in Washington next month.", [], ["POL MEMBER_OF org:NATO", "HUN MEMBER_OF org:NATO", "CZE MEMBER_OF org:NATO"]),
]
