DAY = "1986-04-22"
SENTS = [
 ("The United States, Britain and France vetoed a Security Council resolution on Monday that would have condemned last week's American air raids on Libya.", ["USA VETOES LBY", "GBR VETOES LBY", "FRA VETOES LBY"], ["USA ATTACKS LBY"]),
]
