DAY = "2013-10-10"
SENTS = [
 ("The United States said on Wednesday it would hold back deliveries of tanks, fighter jets, Apache helicopters and Harpoon missiles to Egypt, along with $260 million in cash, until the army-backed government makes credible progress towards an elected civilian one.", [], ["USA SANCTIONS EGY"]),
 ("Egypt's foreign ministry said the American decision was wrong in its content and its timing, and that Cairo would not yield to pressure.", ["EGY CONDEMNS USA"], []),
 ("Washington will go on providing spare parts for Egypt's American-made weapons and paying for counter-terrorism and border security programmes in the Sinai, officials said.", ["USA SUPPLIES_ARMS EGY"], ["USA SUPPORTS EGY"]),
 ("Secretary of State John Kerry said the step was not a withdrawal from the relationship with Egypt.", [], ["USA SUPPORTS EGY"]),
 ("Cairo has received about $1.3 billion a year in American military assistance since it signed a peace treaty with Israel in 1979.", ["USA SUPPORTS EGY"], ["USA SUPPLIES_ARMS EGY", "EGY ALLIED_WITH ISR"]),
]
