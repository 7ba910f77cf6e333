DAY = "1949-08-20"
SENTS = [
 ("In a note of unusual violence, the Soviet Union warned Yugoslavia on Thursday that it would use other, more effective means to protect Soviet citizens held in Yugoslav prisons, and accused Marshal Tito's government of fascist methods.", ["SUN CONDEMNS YUG"], ["person:josip-broz-tito LEADS YUG"]),
 ("Belgrade answered that the Russians were trying to frighten a small country that would not bow to Moscow.", ["YUG CONDEMNS SUN"], []),
 ("Marshal Tito told a rally at Skopje that Yugoslavia would defend its independence against anyone.", [], ["person:josip-broz-tito LEADS YUG"]),
 ("Under Moscow's pressure, Hungary, Rumania, Bulgaria and Albania have cut their trade with Yugoslavia to almost nothing.", ["HUN SANCTIONS YUG", "ROU SANCTIONS YUG", "BGR SANCTIONS YUG", "ALB SANCTIONS YUG"], []),
 ("Washington is considering an Export-Import Bank loan to Belgrade.", [], ["USA SUPPORTS YUG"]),
]
