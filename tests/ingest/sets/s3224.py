DAY = "2019-09-21"
SENTS = [
 ("The Pentagon said on Friday it would send more troops and air defence batteries to Saudi Arabia after last weekend's strike on the kingdom's oil plants, which Washington blames on Iran.", ["USA CONDEMNS IRN"], ["USA DEPLOYS_TROOPS SAU", "USA SUPPORTS SAU", "USA SUPPLIES_ARMS SAU"]),
 ("Hours earlier Washington blacklisted Iran's central bank and its sovereign wealth fund, sanctions President Trump called the toughest ever imposed on a country.", ["USA SANCTIONS IRN"], ["person:donald-trump LEADS USA"]),
 ("Saudi military officials laid out the twisted remains of drones and cruise missiles on Wednesday and said the weapons had been made in Iran.", [], ["SAU CONDEMNS IRN"]),
 ("Iran's foreign minister, Mohammad Javad Zarif, warned that any American or Saudi strike on his country would lead to all-out war.", [], ["person:mohammad-javad-zarif CONDEMNS USA", "person:mohammad-javad-zarif CONDEMNS SAU"]),
 ("The Houthi movement in Yemen, which gets its rockets and drones from Tehran, has said it carried out the attack.", ["IRN SUPPLIES_ARMS org:HOUTHIS"], ["org:HOUTHIS ATTACKS SAU"]),
]
