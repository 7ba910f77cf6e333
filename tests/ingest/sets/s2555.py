DAY = "2001-08-05"
SENTS = [
 ("Kim Jong Il held talks with Vladimir Putin in the Kremlin on Saturday after a nine-day journey across Russia by armoured train.", ["person:kim-jong-il MEETS person:vladimir-putin"], ["person:kim-jong-il MEETS RUS"]),
 ("In a joint declaration North Korea said its missile programme was peaceful and posed no threat to any country that respected its sovereignty.", [], []),
 ("Russia agreed to help rebuild North Korean power plants and to link the Trans-Siberian railway with lines across the Korean peninsula.", ["RUS SUPPORTS PRK"], []),
 ("The North Korean leader, who is said to fear flying, toured a tank factory in Omsk on his way to Moscow.", [], []),
 ("Moscow was Pyongyang's main patron during the Cold War.", [], ["RUS SUPPORTS PRK", "SUN SUPPORTS PRK"]),
]
