DAY = "1972-11-21"
SENTS = [
 ("American and Soviet delegations opened the second round of strategic arms limitation talks in Geneva today.", ["USA MEETS SUN"], []),
 ("The chief American negotiator, U. Alexis Johnson, said the aim was a permanent treaty limiting offensive weapons.", [], []),
 ("Vladimir Semyonov heads the Soviet delegation, as he did in the first round.", [], []),
 ("The first round ended in May with the treaty limiting anti-ballistic missile systems, which President Nixon and Leonid Brezhnev signed in Moscow.", [], ["person:richard-nixon MEETS person:leonid-brezhnev", "person:richard-nixon LEADS USA"]),
 ("Washington and Moscow also agreed to set up a standing commission to oversee compliance.", [], ["USA MEETS SUN"]),
]
