DAY = "2023-09-14"
SENTS = [
 ("Kim Jong Un arrived in Russia's Far East by armoured train on Tuesday for talks with Vladimir Putin, his first trip abroad since the pandemic.", ["person:kim-jong-un MEETS person:vladimir-putin", "person:kim-jong-un MEETS RUS"], []),
 ("The two leaders toured the Vostochny space launch centre, where Putin said Russia would help North Korea build satellites.", [], ["RUS SUPPORTS PRK"]),
 ("US officials believe Pyongyang will supply Moscow with artillery shells and anti-tank missiles for its war in Ukraine.", [], ["PRK SUPPLIES_ARMS RUS", "RUS ATTACKS UKR"]),
 ("Kim told Putin that North Korea would always support Moscow in its fight against imperialism.", [], ["person:kim-jong-un SUPPORTS RUS", "person:kim-jong-un MEETS person:vladimir-putin"]),
 ("South Korea warned that any arms deal between the two would violate UN Security Council resolutions.", [], []),
]
