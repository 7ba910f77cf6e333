DAY = "2007-12-11"
SENTS = [
 ("Libyan leader Muammar Gaddafi began his first visit to France in 34 years on Monday, pitching a Bedouin tent in the grounds of a mansion near the Elysee Palace.", ["person:muammar-gaddafi LEADS LBY", "person:muammar-gaddafi MEETS FRA"], []),
 ("President Nicolas Sarkozy said France and Libya had signed contracts worth 10 billion euros, including the sale of 21 Airbus planes and a nuclear reactor to desalinate seawater.", ["FRA TRADES_WITH LBY"], ["person:nicolas-sarkozy LEADS FRA"]),
 ("Sarkozy's human rights minister, Rama Yade, said Libya must understand that France was not a doormat on which a leader could wipe the blood of his crimes.", [], ["person:rama-yade CONDEMNS LBY"]),
 ("Gaddafi had been received at the Elysee by Sarkozy, who visited Tripoli in July after Libya freed five Bulgarian nurses.", ["person:muammar-gaddafi MEETS person:nicolas-sarkozy", "person:nicolas-sarkozy MEETS LBY"], ["person:muammar-gaddafi MEETS FRA"]),
 ("France is also negotiating to sell Libya Rafale fighter jets, according to French officials.", [], ["FRA SUPPLIES_ARMS LBY"]),
]
