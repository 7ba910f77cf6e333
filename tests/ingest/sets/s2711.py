DAY = "1986-07-07"
SENTS = [
 ("Francois Mitterrand began four days of talks in Moscow with Mikhail S. Gorbachev on Monday, the first Western head of state to come to the Soviet capital since Mr. Gorbachev took power.", ["person:francois-mitterrand MEETS SUN", "person:francois-mitterrand MEETS person:mikhail-gorbachev"], ["person:francois-mitterrand LEADS FRA"]),
 ("Mr. Mitterrand told his hosts at a Kremlin dinner that France opposed the American plan for a space-based missile defence.", [], ["FRA CONDEMNS USA"]),
 ("He also raised the cases of Soviet Jews refused permission to emigrate.", [], []),
 ("The French leader is to visit Volgograd, the former Stalingrad, before flying home.", [], ["person:francois-mitterrand LEADS FRA"]),
]
