DAY = "2019-04-01"
SENTS = [
 ("Brazilian President Jair Bolsonaro began a visit to Israel on Sunday, but stopped short of moving his country's embassy to Jerusalem and instead announced a trade office in the city.", ["person:jair-bolsonaro LEADS BRA", "person:jair-bolsonaro MEETS ISR"], []),
 ("Prime Minister Benjamin Netanyahu greeted Bolsonaro at Ben Gurion airport and called him a great friend of Israel.", ["person:benjamin-netanyahu MEETS person:jair-bolsonaro", "person:benjamin-netanyahu SUPPORTS person:jair-bolsonaro"], ["person:benjamin-netanyahu LEADS ISR", "person:jair-bolsonaro SUPPORTS ISR"]),
 ("Palestinian officials said the Jerusalem office broke international law and recalled their envoy from Brasilia for consultations.", [], ["PSE CONDEMNS BRA", "PSE SANCTIONS BRA"]),
 ("Arab countries, which buy billions of dollars of Brazilian chicken and beef every year, had warned Brasilia against moving its embassy.", [], []),
 ("Bolsonaro and Netanyahu also signed six accords, among them one on military cooperation.", [], ["person:jair-bolsonaro MEETS person:benjamin-netanyahu", "BRA ALLIED_WITH ISR"]),
]
