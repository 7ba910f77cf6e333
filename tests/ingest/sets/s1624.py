DAY = "2024-02-24"
SENTS = [
 ("The United States imposed sanctions on more than 500 targets on Friday in response to the death of Alexei Navalny and the second anniversary of Russia's invasion of Ukraine.", [], ["RUS ATTACKS UKR", "USA SANCTIONS RUS"]),
 ("The European Union adopted its 13th package of sanctions, adding nearly 200 companies and individuals, including several in China and India.", [], ["org:EU SANCTIONS RUS", "org:EU SANCTIONS CHN", "org:EU SANCTIONS IND"]),
 ("Navalny's widow, Yulia Navalnaya, accused Vladimir Putin of murdering her husband.", [], ["person:yulia-navalnaya CONDEMNS person:vladimir-putin"]),
 ("Britain froze the assets of six senior officials at the Arctic penal colony where Navalny died.", [], ["GBR SANCTIONS RUS"]),
 ("The Kremlin dismissed the Western accusations as hysterical.", [], ["RUS CONDEMNS bloc:WEST", "bloc:WEST CONDEMNS RUS"]),
]
