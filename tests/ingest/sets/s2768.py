DAY = "1977-08-12"
SENTS = [
 ("American and Panamanian negotiators reached agreement in principle on Wednesday on a new treaty under which the United States will hand over the Panama Canal by the end of the century.", [], ["USA MEETS PAN"]),
 ("President Carter telephoned General Omar Torrijos, Panama's head of government, to congratulate him, and invited Latin American leaders to Washington for the signing.", ["person:jimmy-carter MEETS person:omar-torrijos", "person:omar-torrijos LEADS PAN"], ["person:jimmy-carter LEADS USA", "person:jimmy-carter SUPPORTS person:omar-torrijos"]),
 ("Southern Command, the American military headquarters for Latin America, has its base and some 9,000 American soldiers in Panama.", ["USA DEPLOYS_TROOPS PAN"], []),
 ("Senator Strom Thurmond vowed to block ratification, calling the canal American territory.", [], []),
]
