DAY = "2025-01-08"
SENTS = [
 ("Donald Trump refused on Tuesday to rule out using military or economic force to take control of Greenland and the Panama Canal.", [], []),
 ("He also threatened Denmark with very high tariffs if it did not give up the Arctic island, and repeated that Canada should become the 51st state.", [], ["USA SANCTIONS DNK", "person:donald-trump CONDEMNS DNK"]),
 ("Danish Prime Minister Mette Frederiksen said Greenland was not for sale and that its future was for its people to decide.", ["person:mette-frederiksen LEADS DNK"], []),
 ("Panama's President Jose Raul Mulino said the canal belonged to Panamanians and rejected Trump's claim that China controlled it.", ["person:jose-raul-mulino LEADS PAN"], ["person:jose-raul-mulino CONDEMNS person:donald-trump"]),
 ("Justin Trudeau said there was not a snowball's chance in hell that Canada would become part of the United States.", [], []),
 ("Donald Trump Jr. landed in Nuuk the same day for what he called a personal visit.", [], ["person:donald-trump-jr MEETS DNK"]),
]
