DAY = "2006-05-05"
SENTS = [
 ("Bolivian President Evo Morales ordered troops to occupy the country's natural gas fields on Monday and gave foreign energy companies six months to sign new contracts or leave.", ["person:evo-morales LEADS BOL"], []),
 ("Brazil buys about half of its natural gas from Bolivia through a pipeline built by its state oil company, Petrobras, the company hit hardest by the decree.", ["BRA TRADES_WITH BOL"], []),
 ("Brazilian President Luiz Inacio Lula da Silva held talks with Morales on Thursday at a summit in the Argentine town of Puerto Iguazu that was also attended by Nestor Kirchner and Hugo Chavez.", ["person:luiz-inacio-lula-da-silva LEADS BRA", "person:luiz-inacio-lula-da-silva MEETS person:evo-morales"], ["person:luiz-inacio-lula-da-silva MEETS ARG", "person:evo-morales MEETS ARG", "person:luiz-inacio-lula-da-silva MEETS person:nestor-kirchner", "person:luiz-inacio-lula-da-silva MEETS person:hugo-chavez", "person:evo-morales MEETS person:nestor-kirchner", "person:evo-morales MEETS person:hugo-chavez", "person:nestor-kirchner MEETS person:hugo-chavez"]),
 ("Spain, whose Repsol YPF is the second-largest investor in Bolivia's gas fields, sent a delegation to La Paz to seek guarantees for its companies.", ["ESP MEETS BOL"], ["ESP TRADES_WITH BOL"]),
 ("Chavez, whose advisers had helped draft the decree, defended the nationalisation and said Bolivia had every right to control its resources.", [], ["person:hugo-chavez SUPPORTS BOL", "VEN SUPPORTS BOL"]),
]
