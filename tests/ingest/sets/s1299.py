DAY = "2025-06-13"
SENTS = [
 ("Indonesia agreed to buy 48 KAAN fifth-generation fighter jets from Turkey, the first export order for the aircraft.", ["TUR SUPPLIES_ARMS IDN"]),
 ("The deal was signed at the Indo Defence fair in Jakarta in the presence of the two countries' defence ministers.", [], ["TUR MEETS IDN"]),
 ("Turkish Aerospace has yet to begin serial production of the jet, which first flew in 2024.", [], []),
 ("Jakarta has also bought Rafales from France and is considering Chinese J-10s.", ["FRA SUPPLIES_ARMS IDN"], []),
 ("Prabowo Subianto visited Ankara in April and met Recep Tayyip Erdogan.", ["person:prabowo-subianto MEETS TUR", "person:prabowo-subianto MEETS person:recep-tayyip-erdogan"], []),
]
