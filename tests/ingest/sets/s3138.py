DAY = "1995-10-05"
SENTS = [
 ("French troops landed in the Comoros on Wednesday and forced the surrender of Bob Denard, the mercenary who had overthrown President Said Mohamed Djohar a week earlier.", ["FRA DEPLOYS_TROOPS COM"], ["person:said-mohamed-djohar LEADS COM"]),
 ("Prime Minister Alain Juppe said France had intervened at the request of the Comoran Prime Minister, Caabi El Yachroutu, under a 1978 defence agreement with the islands.", ["person:caabi-el-yachroutu LEADS COM", "FRA ALLIED_WITH COM"], ["person:alain-juppe LEADS FRA", "FRA SUPPORTS person:caabi-el-yachroutu"]),
 ("Djohar, who was flown to the French island of Reunion after his release, said he had never asked Paris for an invasion and accused the French of humiliating his country.", ["person:said-mohamed-djohar CONDEMNS FRA"], []),
 ("Paris had cut off its aid to the islands in 1989 after Denard's men killed President Ahmed Abdallah.", [], ["FRA SANCTIONS COM", "person:ahmed-abdallah LEADS COM"]),
]
