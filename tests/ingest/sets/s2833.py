DAY = "1953-12-08"
SENTS = [
 ("President Eisenhower, Prime Minister Churchill and Premier Joseph Laniel of France ended their conference in Bermuda on Monday with a pledge to stand together.", ["person:joseph-laniel LEADS FRA"], ["person:dwight-eisenhower LEADS USA", "person:winston-churchill LEADS GBR", "person:dwight-eisenhower MEETS person:winston-churchill", "person:dwight-eisenhower MEETS person:joseph-laniel", "person:winston-churchill MEETS person:joseph-laniel"]),
 ("The three leaders urged the French parliament to ratify the treaty creating a European Defence Community with West German troops.", [], []),
 ("The United States pays much of the cost of France's war against the Vietminh in Indochina.", ["USA SUPPORTS FRA"], ["FRA ATTACKS VDR"]),
 ("Churchill pressed for a meeting with the new Soviet leaders, but Eisenhower was reluctant.", [], []),
 ("The Soviet Union has proposed a conference of the four powers in Berlin in January.", [], []),
]
