DAY = "1972-08-10"
SENTS = [
 ("President Idi Amin has given the 50,000 Asians who hold British passports three months to leave Uganda, accusing them of sabotaging its economy.", ["person:idi-amin LEADS UGA"], []),
 ("The British High Commissioner was called to State House in Kampala on Wednesday to be told of the order.", [], ["GBR MEETS person:idi-amin", "GBR MEETS UGA"]),
 ("London described the expulsion as a breach of the most elementary human rights and said it could not take in so many people at such short notice.", [], ["GBR CONDEMNS UGA"]),
 ("Britain has frozen a loan of ten million pounds to Uganda.", [], ["GBR SANCTIONS UGA"]),
 ("India, some of whose citizens are among those ordered out, appealed to Kampala to think again.", [], ["IND MEETS UGA"]),
 ("General Amin said God had told him in a dream to send the Asians away.", [], ["person:idi-amin LEADS UGA"]),
]
