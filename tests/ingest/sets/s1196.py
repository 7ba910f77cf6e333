DAY = "2025-10-16"
SENTS = [
 ("Colonel Michael Randrianirina was sworn in as Madagascar's president on Friday, days after an elite army unit sided with youth-led protesters and Andry Rajoelina fled the country.", ["person:michael-randrianirina LEADS MDG"], []),
 ("The African Union suspended Madagascar's membership until constitutional order is restored.", ["MDG MEMBER_OF org:AU"], ["org:AU SANCTIONS MDG"]),
 ("Rajoelina, who holds French citizenship, was reportedly flown out on a French military aircraft.", [], []),
 ("Paris denied that it had intervened in the crisis.", [], []),
 ("The Southern African Development Community sent a delegation to Antananarivo to meet the new leader.", ["org:SADC MEETS MDG"], ["org:SADC MEETS person:michael-randrianirina"]),
]
