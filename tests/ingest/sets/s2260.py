DAY = "2005-09-19"
SENTS = [
 ("North Korea agreed on Monday to abandon its nuclear weapons programme in return for aid and security guarantees, in a joint statement issued at six-party talks in Beijing.", [], ["PRK MEETS CHN"]),
 ("The United States affirmed that it had no nuclear weapons in South Korea and no intention of attacking the North.", [], ["USA ATTACKS PRK"]),
 ("South Korea offered to supply two million kilowatts of electricity to the North.", [], ["KOR SUPPORTS PRK", "KOR TRADES_WITH PRK"]),
 ("Christopher Hill, the chief American negotiator, held several meetings with his North Korean counterpart, Kim Kye-gwan, during the talks.", ["person:christopher-hill MEETS person:kim-kye-gwan"], ["person:christopher-hill MEETS PRK"]),
 ("China, the North's main ally, hosted the talks and drafted the statement.", ["CHN ALLIED_WITH PRK"], []),
 ("Japan and Russia also took part.", [], []),
]
