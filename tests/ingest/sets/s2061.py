DAY = "1957-10-08"
SENTS = [
 ("The Soviet Union has launched the first artificial earth satellite, Moscow radio announced on Saturday.", [], []),
 ("President Dwight Eisenhower played down the achievement, but Senate Democrats accused the administration of letting the Soviets overtake the United States in missile technology.", [], ["person:dwight-eisenhower LEADS USA"]),
 ("Soviet leader Nikita Khrushchev said the launch showed that the Soviet Union could hit any target in the world with its rockets.", ["person:nikita-khrushchev LEADS SUN"], []),
 ("Britain's Prime Minister Harold Macmillan told Eisenhower in a letter that the two allies must pool their scientific resources.", ["person:harold-macmillan LEADS GBR"], ["person:harold-macmillan MEETS person:dwight-eisenhower", "GBR ALLIED_WITH USA"]),
 ("Syria, which has received Soviet arms since last year, hailed the launch as a victory for peace.", ["SUN SUPPLIES_ARMS SYR"], ["SYR SUPPORTS SUN"]),
]
