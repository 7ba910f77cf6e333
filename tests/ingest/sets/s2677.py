DAY = "1978-01-01"
SENTS = [
 ("President Carter toasted the Shah of Iran at a New Year's Eve banquet in Tehran, calling the country an island of stability in one of the more troubled areas of the world.", ["person:jimmy-carter MEETS IRN", "person:jimmy-carter MEETS person:mohammad-reza-pahlavi"], ["person:mohammad-reza-pahlavi LEADS IRN", "person:jimmy-carter SUPPORTS IRN", "person:jimmy-carter LEADS USA"]),
 ("The United States has sold Iran billions of dollars' worth of jet fighters, destroyers and other arms since 1972.", ["USA SUPPLIES_ARMS IRN"], []),
 ("From Tehran Carter travelled to New Delhi, where he and Prime Minister Morarji Desai signed a declaration on Monday.", ["person:jimmy-carter MEETS IND", "person:jimmy-carter MEETS person:morarji-desai"], ["person:morarji-desai LEADS IND"]),
 ("Human rights groups had urged Carter to press the Shah over the arrest and torture of political prisoners.", [], []),
]
