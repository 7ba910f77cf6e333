DAY = "2019-04-25"
SENTS = [
 ("Kim Jong Un held his first summit with Vladimir Putin in the Russian Pacific port of Vladivostok on Thursday.", ["person:kim-jong-un MEETS person:vladimir-putin", "person:kim-jong-un MEETS RUS"], []),
 ("Kim arrived by armoured train a day earlier and was greeted with bread and salt.", [], []),
 ("Putin said Pyongyang would need international security guarantees to give up its nuclear weapons.", [], []),
 ("Russia supports an easing of UN sanctions on North Korea, while the United States insists they must stay until Pyongyang disarms.", ["org:UN SANCTIONS PRK"], ["RUS SUPPORTS PRK"]),
 ("About 10,000 North Korean workers remain in Russia despite a UN ban on employing them.", [], []),
]
