DAY = "1987-05-18"
SENTS = [
 ("An Iraqi warplane fired two Exocet missiles at the American frigate Stark in the Persian Gulf on Sunday night, killing at least 28 sailors and setting the ship ablaze.", ["IRQ ATTACKS USA"], []),
 ("Iraq said its pilot had mistaken the frigate for an Iranian ship, and President Saddam Hussein sent a message to President Ronald Reagan expressing his regret.", [], ["person:saddam-hussein LEADS IRQ", "person:saddam-hussein MEETS person:ronald-reagan", "person:ronald-reagan LEADS USA"]),
 ("Reagan said the United States accepted the explanation but blamed Iran for the danger to shipping in the Gulf.", ["USA CONDEMNS IRN"], ["person:ronald-reagan CONDEMNS IRN"]),
 ("The Stark was part of a small American naval force that has patrolled the Gulf since 1949.", [], []),
 ("Iraq has attacked dozens of tankers carrying Iranian oil in its war with Iran.", ["IRQ ATTACKS IRN"], ["IRN ATTACKS IRQ"]),
]
