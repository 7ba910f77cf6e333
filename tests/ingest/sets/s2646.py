DAY = "2003-06-25"
SENTS = [
 ("Vladimir Putin rode with Queen Elizabeth in a gilded carriage along the Mall on Tuesday at the start of the first state visit to Britain by a Russian leader since 1874.", ["person:vladimir-putin MEETS person:elizabeth-ii", "person:vladimir-putin MEETS GBR", "person:vladimir-putin LEADS RUS"], ["person:elizabeth-ii LEADS GBR"]),
 ("Mr. Putin and Prime Minister Tony Blair, who fell out over the war in Iraq, are to hold talks on Thursday and open a new gas venture.", [], ["person:vladimir-putin MEETS person:tony-blair", "person:tony-blair LEADS GBR"]),
 ("BP agreed this year to invest $6.75 billion in a Russian oil venture, the largest foreign investment in the country.", [], ["GBR TRADES_WITH RUS"]),
 ("Russia opposed the American-led invasion of Iraq, which Britain joined with 45,000 troops.", ["RUS CONDEMNS USA", "USA ATTACKS IRQ"], ["GBR DEPLOYS_TROOPS IRQ", "GBR ATTACKS IRQ"]),
]
