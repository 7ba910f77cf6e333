DAY = "1971-12-07"
SENTS = [
 ("India recognised Bangladesh as an independent state on Monday, and Pakistan broke off diplomatic relations with India in protest.", ["IND SUPPORTS BGD"], ["PAK SANCTIONS IND", "PAK CONDEMNS IND"]),
 ("Prime Minister Indira Gandhi told Parliament that the people of East Pakistan had chosen their own government.", [], ["person:indira-gandhi LEADS IND"]),
 ("Indian troops and tanks pushed deeper into East Pakistan on the fourth day of the war, and Indian aircraft attacked airfields in the province.", ["IND DEPLOYS_TROOPS PAK"], ["IND ATTACKS PAK"]),
 ("Bhutan became the second country to recognise Bangladesh later in the day.", ["BTN SUPPORTS BGD"], []),
 ("The United States cut off economic aid to India, accusing it of aggression.", ["USA CONDEMNS IND"], ["USA SANCTIONS IND"]),
]
