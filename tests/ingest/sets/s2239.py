DAY = "1949-09-23"
SENTS = [
 ("President Truman announced on Friday that the United States had evidence that an atomic explosion had occurred in the Soviet Union within recent weeks.", [], ["person:harry-s-truman LEADS USA"]),
 ("The announcement ends the American monopoly on the atomic bomb four years after Hiroshima.", [], []),
 ("Britain's Prime Minister Clement Attlee said the British government had been aware of the evidence.", ["person:clement-attlee LEADS GBR"], []),
 ("The test came five months after the United States, Canada and ten Western European countries signed the North Atlantic Treaty.", ["USA MEMBER_OF org:NATO", "CAN MEMBER_OF org:NATO", "USA ALLIED_WITH CAN"], []),
 ("The Soviet Union has not confirmed the explosion, and its news agency Tass said later that Moscow had possessed the secret of the bomb since 1947.", [], []),
 ("Congress is expected to approve military aid to the new Atlantic allies next week.", [], []),
]
