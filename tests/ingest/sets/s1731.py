DAY = "1966-01-10"
SENTS = [
 ("Indian Prime Minister Lal Bahadur Shastri and Pakistani President Ayub Khan signed a declaration in Tashkent on Monday ending last year's war.", ["person:lal-bahadur-shastri LEADS IND", "person:ayub-khan LEADS PAK", "person:lal-bahadur-shastri MEETS person:ayub-khan"], ["IND ATTACKS PAK", "PAK ATTACKS IND"]),
 ("The talks were hosted by Soviet Premier Alexei Kosygin, who shuttled between the two delegations for a week.", ["person:alexei-kosygin LEADS SUN"], ["person:alexei-kosygin MEETS person:lal-bahadur-shastri", "person:alexei-kosygin MEETS person:ayub-khan"]),
 ("Under the accord, both armies will withdraw to the positions they held before August 5.", [], []),
 ("India and Pakistan fought for seventeen days in September over Kashmir before a UN-brokered ceasefire.", ["IND ATTACKS PAK", "PAK ATTACKS IND"], []),
 ("Washington, which had suspended military aid to both countries during the fighting, welcomed the agreement.", [], ["USA SUPPORTS IND", "USA SUPPORTS PAK"]),
]
