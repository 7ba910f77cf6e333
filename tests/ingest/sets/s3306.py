DAY = "1936-10-24"
SENTS = [
 ("The Soviet Union told the non-intervention committee in London on Friday that it could not be bound by the arms embargo on Spain any more than Germany, Italy and Portugal, which it accused of supplying the rebels.", ["SUN CONDEMNS DEU", "SUN CONDEMNS ITA", "SUN CONDEMNS PRT"], ["SUN SANCTIONS ESP"]),
 ("Soviet ships have unloaded tanks, aircraft and fuel at Cartagena for the Madrid government in the past fortnight, according to diplomats in Paris.", ["SUN SUPPLIES_ARMS ESP"], []),
 ("Italian bombers and German transport planes have been ferrying General Franco's troops from Morocco to Seville since the summer.", ["ITA SUPPORTS person:francisco-franco", "DEU SUPPORTS person:francisco-franco"], ["ITA DEPLOYS_TROOPS ESP", "DEU DEPLOYS_TROOPS ESP"]),
 ("Portugal, whose prime minister, Antonio de Oliveira Salazar, makes no secret of his sympathy for the rebels, has let their supplies pass through Lisbon.", ["person:antonio-salazar LEADS PRT"], []),
 ("Leon Blum's government in France, which proposed the embargo in August, fears that the war will spread beyond the Pyrenees.", ["person:leon-blum LEADS FRA"], []),
]
