DAY = "1960-03-23"
SENTS = [
 ("South African police opened fire on a crowd of Africans outside the police station at Sharpeville on Monday, killing at least 56 people.", [], []),
 ("In an unusual public rebuke of a friendly government, Washington deplored the shooting of unarmed Africans by the South African police.", ["USA CONDEMNS ZAF"], []),
 ("Prime Minister Hendrik Verwoerd told Parliament in Cape Town that the police had acted in self-defence.", [], ["person:hendrik-verwoerd LEADS ZAF"]),
 ("Eric Louw, South Africa's Foreign Minister, called the American statement an unwarranted meddling in a domestic matter.", ["person:eric-louw CONDEMNS USA"], ["ZAF CONDEMNS USA"]),
 ("Ghana's Prime Minister, Kwame Nkrumah, called on every African state to boycott South African goods.", ["person:kwame-nkrumah LEADS GHA"], ["GHA CONDEMNS ZAF", "GHA SANCTIONS ZAF"]),
 ("Twenty-nine African and Asian delegations want the matter put before the Security Council without delay.", [], []),
]
