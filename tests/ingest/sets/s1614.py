DAY = "2025-02-15"
SENTS = [
 ("US Vice President JD Vance told the Munich Security Conference on Friday that the biggest threat to Europe came not from Russia or China but from within.", [], ["person:jd-vance CONDEMNS org:EU"]),
 ("He accused European governments of suppressing free speech and shutting out right-wing parties.", [], []),
 ("German Defence Minister Boris Pistorius said the speech was unacceptable.", [], ["person:boris-pistorius CONDEMNS person:jd-vance"]),
 ("Vance later met Alice Weidel, a co-leader of the far-right Alternative for Germany, drawing criticism from Chancellor Olaf Scholz.", [], ["person:olaf-scholz CONDEMNS person:jd-vance", "person:olaf-scholz LEADS DEU"]),
 ("Volodymyr Zelensky, who met Vance on the sidelines of the conference, called for the creation of a European army.", ["person:volodymyr-zelensky MEETS person:jd-vance"], ["person:volodymyr-zelensky MEETS DEU"]),
]
