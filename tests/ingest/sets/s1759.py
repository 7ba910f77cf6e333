DAY = "1987-12-08"
SENTS = [
 ("President Ronald Reagan and Soviet leader Mikhail Gorbachev signed a treaty at the White House on Tuesday eliminating all intermediate-range nuclear missiles.", ["person:ronald-reagan MEETS person:mikhail-gorbachev", "person:mikhail-gorbachev LEADS SUN"], ["person:ronald-reagan LEADS USA", "USA ALLIED_WITH SUN", "person:mikhail-gorbachev MEETS USA"]),
 ("The agreement requires Moscow to destroy 1,752 missiles and Washington 859 over three years, under on-site inspections by both sides.", [], []),
 ("It was the first time the superpowers had agreed to scrap an entire class of nuclear weapons.", [], []),
 ("Gorbachev, on his first visit to the United States, later met congressional leaders and was cheered by crowds on Connecticut Avenue.", ["person:mikhail-gorbachev MEETS USA"], []),
 ("NATO governments in Western Europe, where American Pershing and cruise missiles were deployed in 1983, welcomed the accord.", [], ["org:NATO SUPPORTS USA"]),
 ("Britain's Prime Minister Margaret Thatcher said the treaty was a triumph for the alliance's firmness.", ["person:margaret-thatcher LEADS GBR"], []),
]
