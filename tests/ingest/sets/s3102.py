DAY = "1967-09-14"
SENTS = [
 ("Indian and Chinese troops fought an artillery duel for four days this week at Nathu La, a pass on the border between Tibet and Sikkim, in the worst clash since the war of 1962.", ["IND ATTACKS CHN", "CHN ATTACKS IND"], []),
 ("New Delhi said Chinese soldiers had opened fire first on Indian engineers laying a wire fence along the crest, and that dozens of its men had been killed.", ["IND CONDEMNS CHN"], []),
 ("Peking charged that Indian troops had crossed the frontier and shelled Chinese positions, and warned India of grave consequences.", ["CHN CONDEMNS IND"], []),
 ("Mrs Gandhi assured parliament that India would go on defending Sikkim, a protectorate whose defence it has handled since 1950.", [], []),
 ("A ceasefire was arranged on Thursday after Indian officers delivered a note across the pass.", [], []),
]
