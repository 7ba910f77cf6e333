DAY = "1948-12-19"
SENTS = [
 ("Dutch paratroops captured Jogjakarta, the capital of the Indonesian Republic, today and arrested President Sukarno and Premier Hatta.", ["NLD ATTACKS IDN"], ["NLD DEPLOYS_TROOPS IDN", "person:sukarno LEADS IDN", "person:mohammad-hatta LEADS IDN"]),
 ("The Netherlands said the truce with the Republic had lapsed because of repeated violations.", [], ["NLD CONDEMNS IDN"]),
 ("The United States protested to The Hague and suspended Marshall Plan aid for the Dutch administration in Indonesia.", ["USA CONDEMNS NLD"], ["USA SANCTIONS NLD"]),
 ("The Security Council was called into emergency session at the request of the United States and Australia.", [], ["USA MEETS org:UNSC", "AUS MEETS org:UNSC"]),
 ("India and Pakistan closed their airfields to Dutch planes.", ["IND SANCTIONS NLD", "PAK SANCTIONS NLD"], []),
]
