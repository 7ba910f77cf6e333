DAY = "1990-03-22"
SENTS = [
 ("Namibia became Africa's last colony to gain independence at midnight on Wednesday, and Sam Nujoma was sworn in as its first president by the UN Secretary-General, Javier Perez de Cuellar.", ["person:sam-nujoma LEADS NAM", "person:javier-perez-de-cuellar LEADS org:UN"], []),
 ("South Africa, which had ruled the territory since the First World War, handed over power after elections supervised by the United Nations.", [], []),
 ("South African President F. W. de Klerk attended the ceremony in Windhoek.", ["person:f-w-de-klerk LEADS ZAF", "person:f-w-de-klerk MEETS NAM"], []),
 ("Secretary of State James Baker met Soviet Foreign Minister Eduard Shevardnadze on the sidelines.", ["person:james-baker MEETS person:eduard-shevardnadze"], []),
 ("Namibia will join the Commonwealth and the United Nations.", [], ["NAM MEMBER_OF org:COMMONWEALTH", "NAM MEMBER_OF org:UN"]),
]
