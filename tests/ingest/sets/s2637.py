DAY = "1996-02-02"
SENTS = [
 ("President Clinton greeted Jacques Chirac on the South Lawn on Thursday as the French leader opened the first state visit to the United States by a president of France since 1984.", ["person:jacques-chirac MEETS USA", "person:jacques-chirac MEETS person:bill-clinton", "person:jacques-chirac LEADS FRA"], ["person:bill-clinton LEADS USA"]),
 ("Mr. Chirac, who ended France's nuclear tests in the Pacific last week, told Congress that Europe still needed a strong American military presence.", [], []),
 ("The two presidents discussed Bosnia, where 20,000 American troops and 7,500 French troops are serving in NATO's peace force.", ["USA DEPLOYS_TROOPS BIH", "FRA DEPLOYS_TROOPS BIH"], ["person:jacques-chirac MEETS person:bill-clinton"]),
 ("France has said it may return to NATO's military command, which de Gaulle left in 1966.", [], ["FRA MEMBER_OF org:NATO"]),
]
