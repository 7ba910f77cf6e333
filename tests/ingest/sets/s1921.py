DAY = "2025-06-22"
SENTS = [
 ("American B-2 bombers dropped bunker-busting bombs on Iran's Fordow, Natanz and Isfahan nuclear sites early on Sunday, joining Israel's war against the Islamic Republic.", ["USA ATTACKS IRN", "ISR ATTACKS IRN"], []),
 ("President Donald Trump said the facilities had been completely and totally obliterated and warned Tehran that any retaliation would be met with far greater force.", [], ["person:donald-trump LEADS USA"]),
 ("Iran's foreign minister Abbas Araghchi, speaking in Istanbul, accused Washington of crossing a very big red line and said Iran reserved all options to defend its sovereignty.", ["person:abbas-araghchi CONDEMNS USA"], ["IRN CONDEMNS USA"]),
 ("Benjamin Netanyahu thanked Trump for his bold decision, saying it would change history.", [], ["person:benjamin-netanyahu SUPPORTS person:donald-trump"]),
 ("Russia and China condemned the strikes, and UN Secretary-General Antonio Guterres said he was gravely alarmed by the use of force against Iran.", ["person:antonio-guterres LEADS org:UN"], ["RUS CONDEMNS USA", "CHN CONDEMNS USA", "person:antonio-guterres CONDEMNS USA"]),
 ("Araghchi flew to Moscow on Monday for talks with Vladimir Putin, who called the American attack unprovoked aggression.", ["person:abbas-araghchi MEETS RUS", "person:abbas-araghchi MEETS person:vladimir-putin", "person:vladimir-putin CONDEMNS USA"], []),
]
