DAY = "2016-02-20"
SENTS = [
 ("Saudi Arabia halted $3 billion in aid for the Lebanese army and $1 billion for its security forces on Friday, saying Beirut had failed to condemn attacks on its embassy in Tehran.", ["SAU CONDEMNS LBN"], ["SAU SANCTIONS LBN", "SAU SUPPORTS LBN"]),
 ("The money was to have paid for French weapons under a deal Riyadh signed in 2014.", [], ["FRA SUPPLIES_ARMS LBN", "SAU SUPPORTS LBN"]),
 ("Riyadh blamed Hezbollah, the Iranian-backed movement that is part of Lebanon's government, for the country's stance.", ["SAU CONDEMNS org:HEZBOLLAH", "IRN SUPPORTS org:HEZBOLLAH"], []),
 ("Former Prime Minister Saad Hariri, a close ally of the Saudis, said the decision was a consequence of Hezbollah's policies.", [], ["person:saad-hariri SUPPORTS SAU", "person:saad-hariri ALLIED_WITH SAU", "person:saad-hariri CONDEMNS org:HEZBOLLAH"]),
 ("The United States and Britain have also supplied the Lebanese army with weapons to fight militants on the Syrian border.", ["USA SUPPLIES_ARMS LBN", "GBR SUPPLIES_ARMS LBN"], []),
]
