DAY = "2025-06-26"
SENTS = [
 ("NATO leaders meeting in The Hague agreed to raise defence spending to 5 percent of GDP by 2035.", [], []),
 ("Spain, which has refused to commit to the target, was threatened with tariffs by Donald Trump.", [], ["USA SANCTIONS ESP", "person:donald-trump CONDEMNS ESP"]),
 ("Secretary General Mark Rutte called Trump 'daddy' in remarks that drew mockery online.", [], ["person:mark-rutte LEADS org:NATO"]),
 ("The summit's final statement described Russia as a long-term threat to Euro-Atlantic security.", [], ["org:NATO CONDEMNS RUS"]),
 ("Zelensky attended a dinner hosted by the Dutch king but not the main session.", ["person:volodymyr-zelensky MEETS person:willem-alexander"], ["person:volodymyr-zelensky MEETS NLD"]),
]
