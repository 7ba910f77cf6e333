DAY = "1948-04-03"
SENTS = [
 ("President Truman signed the Foreign Assistance Act this afternoon, putting $5,300,000,000 behind the first year of European recovery.", [], ["person:harry-s-truman LEADS USA"]),
 ("Under the same act the United States will give $275,000,000 in military aid to Greece and Turkey.", [], ["USA SUPPORTS GRC", "USA SUPPORTS TUR", "USA SUPPLIES_ARMS GRC", "USA SUPPLIES_ARMS TUR"]),
 ("Sixteen nations of western Europe, meeting in Paris, will sign a convention next week creating a permanent body to divide the aid.", [], []),
 ("Moscow radio denounced the program as a scheme by American monopolies to enslave Europe.", ["SUN CONDEMNS USA"], []),
 ("Italy's Premier, Alcide de Gasperi, said the first ships with American grain would reach Italian ports before the elections of April 18.", ["person:alcide-de-gasperi LEADS ITA"], ["USA SUPPORTS ITA", "USA TRADES_WITH ITA"]),
]
