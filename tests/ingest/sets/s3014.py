DAY = "1958-01-28"
SENTS = [
 ("Secretary Dulles told the Baghdad Pact council in Ankara today that the United States would stand by the alliance's members against Soviet pressure.", [], ["USA SUPPORTS org:CENTO", "person:john-foster-dulles MEETS org:CENTO"]),
 ("The United States is not a full member of the pact but sits on its military and economic committees.", [], []),
 ("Iran's Prime Minister, Manuchehr Eqbal, asked for more American military aid.", ["person:manuchehr-eqbal LEADS IRN"], ["USA SUPPLIES_ARMS IRN"]),
 ("Pakistan, which has received American tanks and jets since 1954, pressed its case against India over Kashmir.", ["USA SUPPLIES_ARMS PAK"], ["PAK CONDEMNS IND"]),
 ("Moscow radio called the meeting a gathering of imperialist stooges.", [], ["SUN CONDEMNS org:CENTO"]),
]
