DAY = "1957-06-21"
SENTS = [
 ("President Eisenhower and Prime Minister Nobusuke Kishi of Japan ended three days of talks in Washington today.", ["person:dwight-eisenhower MEETS person:nobusuke-kishi", "person:nobusuke-kishi MEETS USA", "person:nobusuke-kishi LEADS JPN"], ["person:dwight-eisenhower LEADS USA"]),
 ("The United States agreed to withdraw all its ground combat forces from Japan within a year.", [], ["USA DEPLOYS_TROOPS JPN"]),
 ("Japan asked for the return of Okinawa, but Washington said it would keep the islands while tension lasted in the Far East.", [], []),
 ("The two governments said a committee would study the security treaty of 1951.", [], []),
 ("Mr. Kishi also addressed a joint session of Congress and will visit New York before flying home.", [], ["person:nobusuke-kishi MEETS USA"]),
]
