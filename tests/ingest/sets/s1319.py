DAY = "2025-07-13"
SENTS = [
 ("Sergei Lavrov flew to the North Korean resort city of Wonsan on Saturday for talks with his counterpart Choe Son Hui.", ["person:sergei-lavrov MEETS PRK", "person:sergei-lavrov MEETS person:choe-son-hui"], []),
 ("Lavrov praised North Korean soldiers for their heroism in liberating the Kursk region from Ukrainian troops.", [], ["person:sergei-lavrov SUPPORTS PRK", "PRK DEPLOYS_TROOPS RUS"]),
 ("Kim Jong Un received Lavrov the next day and pledged unconditional support for Russia's war.", ["person:kim-jong-un MEETS person:sergei-lavrov", "person:kim-jong-un SUPPORTS RUS"], []),
 ("Moscow has supplied Pyongyang with oil above the cap set by UN sanctions, according to South Korea.", ["RUS TRADES_WITH PRK"], ["RUS SUPPORTS PRK"]),
 ("Direct flights between Moscow and Pyongyang resumed this month.", [], []),
]
