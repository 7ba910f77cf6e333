DAY = "2019-12-31"
SENTS = [
 ("Bolivia's interim government expelled Mexico's ambassador and two Spanish diplomats on Monday, accusing them of trying to help former officials of Evo Morales's government escape from the Mexican embassy in La Paz.", ["BOL CONDEMNS MEX", "BOL CONDEMNS ESP"], ["BOL SANCTIONS MEX", "BOL SANCTIONS ESP"]),
 ("Bolivian interim President Jeanine Anez said the diplomats had harmed the country's sovereignty, and Spain answered by expelling three Bolivian diplomats.", ["person:jeanine-anez LEADS BOL"], ["person:jeanine-anez CONDEMNS MEX", "person:jeanine-anez CONDEMNS ESP", "ESP SANCTIONS BOL", "ESP CONDEMNS BOL"]),
 ("Since taking office in November, Anez has recognised the Venezuelan opposition leader Juan Guaido as president, sent home hundreds of Cuban doctors and restored ties with the United States and Israel.", ["person:jeanine-anez SUPPORTS person:juan-guaido"], ["person:jeanine-anez CONDEMNS CUB", "person:jeanine-anez SANCTIONS CUB", "BOL SUPPORTS person:juan-guaido"]),
 ("Mexico, which granted asylum to Morales in November, said it would take the dispute to the International Court of Justice.", [], ["MEX SUPPORTS person:evo-morales", "MEX CONDEMNS BOL"]),
]
