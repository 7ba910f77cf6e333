DAY = "2025-04-18"
SENTS = [
 ("Giorgia Meloni met Tunisian President Kais Saied in Tunis on Wednesday, her fifth visit to the country since taking office.", ["person:giorgia-meloni MEETS person:kais-saied", "person:giorgia-meloni MEETS TUN"], ["person:kais-saied LEADS TUN"]),
 ("Italy has funded Tunisian coast guard patrols to stop migrant boats from leaving for Lampedusa.", ["ITA SUPPORTS TUN"], []),
 ("The European Union signed a migration and economic partnership with Tunisia in 2023, pledging more than 100 million euros.", [], ["org:EU SUPPORTS TUN", "org:EU ALLIED_WITH TUN", "org:EU TRADES_WITH TUN"]),
 ("Human rights groups have accused Tunisian security forces of abandoning migrants in the desert near the Libyan border.", [], []),
 ("Meloni has also courted Libya's rival governments to curb departures.", [], []),
]
