DAY = "2000-07-20"
SENTS = [
 ("Vladimir Putin on Wednesday became the first Kremlin leader to visit North Korea, holding talks in Pyongyang with Kim Jong Il.", ["person:vladimir-putin MEETS PRK", "person:vladimir-putin MEETS person:kim-jong-il", "person:vladimir-putin LEADS RUS"], ["person:kim-jong-il LEADS PRK"]),
 ("The two leaders signed a declaration pledging to cooperate and to consult each other if either faced a threat of aggression.", [], ["RUS ALLIED_WITH PRK", "person:vladimir-putin MEETS person:kim-jong-il", "person:vladimir-putin MEETS PRK"]),
 ("Kim told Putin that North Korea would give up its missile programme if other countries launched satellites for it, according to Russian officials.", ["person:kim-jong-il MEETS person:vladimir-putin"], []),
 ("Moscow has sought to rebuild its influence on the Korean peninsula after its ties with Pyongyang withered following the Soviet collapse.", [], []),
 ("Putin flew on to Okinawa for a summit of the Group of Eight.", [], ["person:vladimir-putin MEETS JPN", "person:vladimir-putin MEETS org:G8", "RUS MEMBER_OF org:G8"]),
 ("The Soviet Union supplied most of North Korea's weapons during the Cold War.", ["SUN SUPPLIES_ARMS PRK"], []),
]
