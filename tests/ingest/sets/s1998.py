DAY = "2024-03-22"
SENTS = [
 ("Russia and China vetoed a US-drafted Security Council resolution on Friday that called for an immediate and sustained ceasefire in Gaza.", [], ["RUS VETOES USA", "CHN VETOES USA", "RUS VETOES ISR", "CHN VETOES ISR"]),
 ("Russian ambassador Vassily Nebenzia said the text was ambiguous and would give Israel a green light for an offensive on Rafah.", [], ["RUS CONDEMNS USA"]),
 ("Algeria, the Arab member of the council, also voted against it.", [], []),
 ("Secretary of State Antony Blinken, who was in Israel on Friday, said the vetoes were cynical.", ["person:antony-blinken MEETS ISR"], ["person:antony-blinken CONDEMNS RUS", "person:antony-blinken CONDEMNS CHN", "person:antony-blinken LEADS USA"]),
 ("The United States had vetoed three earlier draft resolutions that demanded a ceasefire.", [], ["USA VETOES ISR"]),
]
