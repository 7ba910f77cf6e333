DAY = "1976-09-08"
SENTS = [
 ("A Soviet air force pilot landed a MiG-25 interceptor at the civilian airport of Hakodate in northern Japan on Monday and asked to be taken to the United States.", [], []),
 ("The Soviet Union demanded the immediate return of the pilot and the plane and accused Japan of holding him against his will.", ["SUN CONDEMNS JPN"], []),
 ("Tokyo said the lieutenant, Viktor Belenko, would be allowed to leave for America, and Japanese officials let American specialists inspect the aircraft.", [], []),
 ("Soviet diplomats were refused permission to see the pilot, and the Kremlin said the affair would harm relations between Moscow and Tokyo.", [], ["SUN CONDEMNS JPN"]),
 ("The Japanese Foreign Minister, Zentaro Kosaka, received the Soviet Ambassador, Dmitri Polyansky, for forty minutes and told him that the pilot's wishes would be respected.", ["person:zentaro-kosaka MEETS person:dmitri-polyansky"], ["JPN MEETS SUN"]),
]
