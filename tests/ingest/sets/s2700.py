DAY = "1984-09-28"
SENTS = [
 ("President Reagan received Andrei A. Gromyko at the White House on Friday, his first meeting with a senior Soviet leader since taking office nearly four years ago.", ["person:ronald-reagan MEETS person:andrei-gromyko"], ["person:ronald-reagan LEADS USA", "USA MEETS SUN", "person:andrei-gromyko MEETS USA"]),
 ("The Soviet Foreign Minister had lunch with the President and Vice President Bush after three and a half hours of talks in the Oval Office.", [], ["person:george-h-w-bush MEETS person:andrei-gromyko"]),
 ("On Wednesday Mr. Gromyko had told the General Assembly that Washington was pursuing military superiority and had poisoned relations between the two countries.", ["person:andrei-gromyko CONDEMNS USA"], []),
 ("Walter F. Mondale, the Democratic candidate, met Mr. Gromyko in New York the day before.", [], ["person:walter-mondale MEETS person:andrei-gromyko"]),
]
