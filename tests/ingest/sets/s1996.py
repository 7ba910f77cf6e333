DAY = "2003-01-23"
SENTS = [
 ("US Defence Secretary Donald Rumsfeld dismissed France and Germany as old Europe on Wednesday after both countries said they opposed a war against Iraq.", ["person:donald-rumsfeld CONDEMNS FRA", "person:donald-rumsfeld CONDEMNS DEU"], ["person:donald-rumsfeld LEADS USA"]),
 ("French President Jacques Chirac and German Chancellor Gerhard Schroeder said in Versailles that war was always an admission of failure.", ["person:jacques-chirac LEADS FRA", "person:gerhard-schroder LEADS DEU"], ["person:jacques-chirac MEETS person:gerhard-schroder"]),
 ("France, which holds a veto on the Security Council, has said it will not support a second resolution authorising force.", [], ["FRA VETOES USA"]),
 ("Britain has sent an aircraft carrier and thousands of troops to the Gulf to join the US build-up.", [], ["GBR SUPPORTS USA"]),
 ("Turkey has so far refused to let American troops use its bases for an invasion from the north.", [], ["USA DEPLOYS_TROOPS TUR"]),
]
