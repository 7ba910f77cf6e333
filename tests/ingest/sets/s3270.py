DAY = "1984-08-09"
SENTS = [
 ("Britain and France sent minesweepers to the Gulf of Suez on Wednesday after Egypt asked for help in clearing mines that have damaged at least 15 ships in the Red Sea since July.", ["GBR DEPLOYS_TROOPS EGY", "FRA DEPLOYS_TROOPS EGY"], ["GBR SUPPORTS EGY", "FRA SUPPORTS EGY"]),
 ("The United States has already flown four Sea Stallion minesweeping helicopters to Egypt aboard giant transport planes.", [], ["USA DEPLOYS_TROOPS EGY", "USA SUPPLIES_ARMS EGY"]),
 ("Egypt said it suspected Libya, whose cargo ship Ghat passed through the Red Sea in July, of laying the mines.", ["EGY CONDEMNS LBY"], []),
 ("Libya denied the charge and called the minesweeping operation a pretext for an American military presence in the Red Sea.", ["LBY CONDEMNS USA"], ["USA DEPLOYS_TROOPS EGY"]),
 ("Islamic Jihad, a shadowy group linked to Iran, claimed responsibility for the mines.", [], []),
]
