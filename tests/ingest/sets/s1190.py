DAY = "2025-11-17"
SENTS = [
 ("Ecuadorian voters rejected a proposal by President Daniel Noboa to allow foreign military bases in the country.", [], ["person:daniel-noboa LEADS ECU"]),
 ("Noboa had hoped the United States would reopen the former air base at Manta to help fight drug trafficking.", [], []),
 ("US Homeland Security Secretary Kristi Noem toured possible sites with Noboa this month.", ["person:kristi-noem MEETS person:daniel-noboa"], ["person:kristi-noem MEETS ECU"]),
 ("The constitution has banned foreign bases since 2008, when Rafael Correa ordered the US military out of Manta.", [], []),
 ("Ecuador has received patrol boats and aircraft from Washington to combat smuggling.", [], ["USA SUPPLIES_ARMS ECU", "USA SUPPORTS ECU"]),
]
