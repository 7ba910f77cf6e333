DAY = "2023-09-14"
SENTS = [
 ("Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome in Russia's Far East on Wednesday, their first summit since 2019.", ["person:kim-jong-un MEETS person:vladimir-putin", "person:kim-jong-un MEETS RUS"], []),
 ("Putin said Russia would help North Korea build satellites, hinting at military cooperation.", [], ["RUS SUPPORTS PRK", "RUS ALLIED_WITH PRK"]),
 ("Kim pledged full support for Russia's sacred fight against the West.", [], ["person:kim-jong-un SUPPORTS RUS"]),
 ("Washington has accused Pyongyang of supplying artillery shells to Moscow for the war in Ukraine.", ["USA CONDEMNS PRK"], ["PRK SUPPLIES_ARMS RUS", "RUS ATTACKS UKR"]),
 ("Kim later toured an aircraft factory in Komsomolsk-on-Amur that builds Sukhoi fighter jets.", [], []),
]
