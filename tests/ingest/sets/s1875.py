DAY = "2019-02-01"
SENTS = [
 ("The United States said on Friday it would suspend its obligations under the Intermediate-Range Nuclear Forces Treaty and withdraw from the pact in six months, accusing Russia of violating it for years.", ["USA CONDEMNS RUS"], []),
 ("Secretary of State Mike Pompeo said Moscow had deployed a ground-launched cruise missile whose range breaches the limits set by the 1987 treaty.", ["person:mike-pompeo CONDEMNS RUS"], []),
 ("The treaty, signed by Ronald Reagan and Mikhail Gorbachev, banned land-based missiles with a range of 500 to 5,500 km.", [], ["person:ronald-reagan MEETS person:mikhail-gorbachev"]),
 ("NATO allies issued a statement fully supporting the US decision and said Russia would bear sole responsibility for the end of the treaty.", ["org:NATO SUPPORTS USA", "org:NATO CONDEMNS RUS"], []),
 ("The Kremlin denied violating the treaty and accused Washington of looking for a pretext to build new missiles.", ["RUS CONDEMNS USA"], []),
 ("China, which was not bound by the treaty and has built up a large arsenal of intermediate-range missiles, urged the two sides to resolve their dispute through dialogue.", [], []),
]
