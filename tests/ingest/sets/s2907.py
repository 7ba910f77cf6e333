DAY = "1957-12-20"
SENTS = [
 ("The heads of government of the fifteen NATO countries agreed in Paris on Thursday that intermediate-range ballistic missiles should be stationed in Europe.", [], []),
 ("President Eisenhower, who flew to Paris for the meeting, offered the missiles to any ally prepared to take them.", ["person:dwight-eisenhower MEETS FRA"], ["person:dwight-eisenhower LEADS USA"]),
 ("The United States will also give its allies more information about nuclear weapons, the communique said.", [], []),
 ("Norway and Denmark made clear that they would accept neither missiles nor nuclear warheads on their soil in peacetime.", [], []),
 ("Moscow has warned that any country accepting the rockets would become a target for Soviet retaliation.", [], []),
 ("Mr. Eisenhower saw Chancellor Adenauer and Prime Minister Macmillan separately while the conference was in session.", ["person:dwight-eisenhower MEETS person:konrad-adenauer", "person:dwight-eisenhower MEETS person:harold-macmillan"], []),
]
