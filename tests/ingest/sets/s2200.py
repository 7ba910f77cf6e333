DAY = "1985-10-02"
SENTS = [
 ("Mikhail Gorbachev arrived in Paris on Wednesday on his first visit to the West since becoming the Soviet leader in March.", ["person:mikhail-gorbachev MEETS FRA", "person:mikhail-gorbachev LEADS SUN"], []),
 ("Mr. Gorbachev held three hours of talks with President Francois Mitterrand at the Elysee Palace.", ["person:mikhail-gorbachev MEETS person:francois-mitterrand"], ["person:francois-mitterrand LEADS FRA", "person:mikhail-gorbachev MEETS FRA"]),
 ("Gorbachev proposed a 50 percent cut in Soviet and American strategic arsenals and offered to negotiate directly with France and Britain on their nuclear forces.", [], ["person:mikhail-gorbachev MEETS FRA", "person:mikhail-gorbachev MEETS GBR"]),
 ("Mitterrand rejected the offer, saying France's nuclear force was not a subject for talks between the superpowers.", [], []),
 ("Several hundred demonstrators protested outside the Soviet embassy against the treatment of Soviet Jews.", [], []),
 ("The French government expelled 47 Soviet diplomats for spying two years ago, souring relations between Paris and Moscow.", [], ["FRA CONDEMNS SUN"]),
]
