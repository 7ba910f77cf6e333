DAY = "1994-07-25"
SENTS = [
 ("A 29-year-old lieutenant, Yahya Jammeh, took over Gambia on Friday with a handful of soldiers, while President Dawda Jawara escaped aboard an American warship that had been visiting Banjul.", ["person:yahya-jammeh LEADS GMB"], ["person:dawda-jawara LEADS GMB", "USA SUPPORTS person:dawda-jawara", "USA DEPLOYS_TROOPS GMB"]),
 ("The warship took Sir Dawda to Senegal, which granted him asylum.", [], ["SEN SUPPORTS person:dawda-jawara", "person:dawda-jawara MEETS SEN"]),
 ("Washington, which had trained some of the mutineers, cut off its assistance programme.", [], ["USA SANCTIONS GMB", "USA CONDEMNS GMB"]),
 ("Nigeria's military ruler, General Sani Abacha, sent an envoy to Banjul.", ["person:sani-abacha LEADS NGA"], ["NGA MEETS GMB", "person:sani-abacha MEETS GMB"]),
]
