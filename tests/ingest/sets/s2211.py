DAY = "1959-01-08"
SENTS = [
 ("Fidel Castro entered Havana on Thursday at the head of his rebel army, a week after Fulgencio Batista fled to the Dominican Republic.", [], []),
 ("The United States recognized Cuba's new provisional government, headed by President Manuel Urrutia, on Wednesday.", ["USA SUPPORTS CUB", "person:manuel-urrutia LEADS CUB"], []),
 ("Venezuela and Mexico had recognized the government a day earlier.", [], ["VEN SUPPORTS CUB", "MEX SUPPORTS CUB"]),
 ("Cuba had received arms from the United States until Washington imposed an embargo on weapons shipments to Batista's government in March.", ["USA SUPPLIES_ARMS CUB", "USA SANCTIONS CUB"], []),
 ("Castro said Cuba would not allow any foreign interference.", [], []),
]
