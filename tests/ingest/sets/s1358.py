DAY = "2023-10-26"
SENTS = [
 ("Slovakia's new prime minister Robert Fico said on Thursday his government would stop military aid to Ukraine.", ["person:robert-fico LEADS SVK"], ["SVK SUPPLIES_ARMS UKR"]),
 ("Bratislava was among the first to send fighter jets to Kyiv, donating 13 MiG-29s in early 2023.", ["SVK SUPPLIES_ARMS UKR"], []),
 ("Fico, who campaigned on ending arms deliveries, has blamed the West for provoking the war.", [], ["person:robert-fico CONDEMNS bloc:WEST"]),
 ("He met Hungarian Prime Minister Viktor Orban in Brussels at the EU summit.", ["person:robert-fico MEETS person:viktor-orban", "person:viktor-orban LEADS HUN"], []),
 ("Ukraine's President Volodymyr Zelensky thanked Slovak companies for continuing to sell ammunition to Kyiv.", ["person:volodymyr-zelensky LEADS UKR"], ["SVK SUPPLIES_ARMS UKR"]),
]
