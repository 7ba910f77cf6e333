DAY = "2018-09-18"
SENTS = [
 ("Defense Secretary Jim Mattis accused Russia on Monday of spending money to sway Macedonia's referendum on changing the country's name, which would open the way to NATO membership.", ["person:jim-mattis CONDEMNS RUS"], ["USA CONDEMNS RUS", "RUS ATTACKS MKD"]),
 ("Mattis, speaking in Skopje, said there was no doubt that Moscow had transferred money and was conducting broader influence campaigns.", [], ["USA MEETS MKD"]),
 ("Greece has blocked Macedonia's entry to the alliance for a decade because it says the name implies a claim on its northern province.", ["GRC CONDEMNS MKD"], ["GRC SANCTIONS MKD"]),
 ("Prime Minister Zoran Zaev signed a deal with Athens in June to rename the country North Macedonia.", [], ["person:zoran-zaev LEADS MKD", "MKD MEETS GRC"]),
 ("Angela Merkel and Sebastian Kurz have both visited Skopje this month to urge a yes vote.", ["person:angela-merkel MEETS MKD", "person:sebastian-kurz MEETS MKD"], ["person:angela-merkel SUPPORTS MKD", "person:sebastian-kurz SUPPORTS MKD"]),
]
