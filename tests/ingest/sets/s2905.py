DAY = "1959-07-25"
SENTS = [
 ("Vice President Richard Nixon and Premier Khrushchev argued over the merits of capitalism and communism on Friday in the model kitchen of the American exhibition in Sokolniki Park.", ["person:richard-nixon MEETS person:nikita-khrushchev"], ["person:nikita-khrushchev LEADS SUN", "person:richard-nixon MEETS SUN"]),
 ("Mr. Nixon, who flew into Moscow on Thursday, opened the exhibition that evening.", ["person:richard-nixon MEETS SUN"], []),
 ("Khrushchev boasted that in seven years Soviet living standards would be ahead of America's.", [], []),
 ("The Soviet leader also railed against the captive nations resolution passed by Congress last week, calling it a provocation.", [], ["person:nikita-khrushchev CONDEMNS USA"]),
 ("After visiting Leningrad, Siberia and the Urals, Mr. Nixon is to go on to Warsaw.", [], ["person:richard-nixon MEETS SUN", "person:richard-nixon MEETS POL"]),
]
