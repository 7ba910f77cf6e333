DAY = "1991-12-26"
SENTS = [
 ("Mikhail Gorbachev resigned as President of the Soviet Union on Wednesday, and the Soviet flag was lowered over the Kremlin for the last time.", [], ["person:mikhail-gorbachev LEADS SUN"]),
 ("Gorbachev handed control of the Soviet nuclear arsenal to President Boris Yeltsin of Russia.", ["person:boris-yeltsin LEADS RUS"], ["person:mikhail-gorbachev MEETS person:boris-yeltsin"]),
 ("President George Bush praised Gorbachev's leadership and said the United States would recognise Russia, Ukraine and the other republics.", [], ["person:george-h-w-bush LEADS USA", "person:george-h-w-bush SUPPORTS person:mikhail-gorbachev", "USA SUPPORTS RUS", "USA SUPPORTS UKR"]),
 ("Russia will take over the Soviet Union's permanent seat on the Security Council.", [], ["RUS MEMBER_OF org:UNSC", "SUN MEMBER_OF org:UNSC"]),
 ("Ukraine's President Leonid Kravchuk said Ukraine would build its own army.", ["person:leonid-kravchuk LEADS UKR"], []),
]
