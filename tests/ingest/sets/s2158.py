DAY = "2009-01-04"
SENTS = [
 ("Israeli troops and tanks pushed into the Gaza Strip on Saturday night after eight days of air strikes, opening a ground offensive against Hamas.", ["ISR ATTACKS org:HAMAS"], ["ISR DEPLOYS_TROOPS PSE", "ISR ATTACKS PSE"]),
 ("Hamas fired more than 30 rockets into southern Israel during the day.", ["org:HAMAS ATTACKS ISR"], []),
 ("Egypt, which has kept its border with Gaza closed, blamed Hamas for the crisis.", ["EGY CONDEMNS org:HAMAS"], ["EGY SANCTIONS PSE"]),
 ("The United States blocked a Security Council statement calling for an immediate ceasefire.", [], ["USA VETOES ISR"]),
 ("France's President Nicolas Sarkozy said he would travel to the region on Monday.", ["person:nicolas-sarkozy LEADS FRA"], []),
 ("Iran's supreme leader, Ayatollah Ali Khamenei, called on Muslims to defend Gaza.", ["person:ali-khamenei LEADS IRN"], ["IRN SUPPORTS PSE", "person:ali-khamenei SUPPORTS PSE"]),
]
