DAY = "2019-03-20"
SENTS = [
 ("President Donald Trump welcomed Brazilian President Jair Bolsonaro to the White House on Tuesday and said he would designate Brazil a major non-NATO ally.", ["person:jair-bolsonaro LEADS BRA", "person:donald-trump MEETS person:jair-bolsonaro", "person:jair-bolsonaro MEETS USA"], ["USA ALLIED_WITH BRA", "person:donald-trump LEADS USA"]),
 ("Trump also said he supported Brazil's bid to join the Organisation for Economic Cooperation and Development.", ["person:donald-trump SUPPORTS BRA"], []),
 ("Bolsonaro, a former army captain who has been called the Trump of the Tropics, praised the American president and vowed to work with him against socialism in Venezuela.", ["person:jair-bolsonaro SUPPORTS person:donald-trump"], []),
 ("The two leaders said all options were on the table to force out Venezuela's Nicolas Maduro.", [], ["person:donald-trump CONDEMNS person:nicolas-maduro", "person:jair-bolsonaro CONDEMNS person:nicolas-maduro", "person:nicolas-maduro LEADS VEN"]),
 ("Brazil agreed to let the United States launch rockets and satellites from its Alcantara base.", [], ["BRA SUPPORTS USA"]),
]
