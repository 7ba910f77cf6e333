DAY = "1982-10-04"
SENTS = [
 ("Helmut Kohl, elected chancellor of West Germany on Friday after the Free Democrats deserted Helmut Schmidt, flew to Paris on Monday for talks with President Francois Mitterrand.", ["person:helmut-kohl LEADS DEU", "person:helmut-kohl MEETS person:francois-mitterrand", "person:helmut-kohl MEETS FRA"], ["person:francois-mitterrand LEADS FRA"]),
 ("The new chancellor told reporters that Bonn would stand by NATO's decision to deploy American medium-range missiles in Europe if the Geneva talks failed.", [], ["DEU SUPPORTS org:NATO"]),
 ("Mr. Kohl said his first journey abroad would take him to Washington next month.", [], []),
 ("The Soviet press agency Tass accused the new government of following Washington's line on arms.", [], ["SUN CONDEMNS DEU"]),
]
