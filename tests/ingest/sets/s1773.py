DAY = "1983-09-02"
SENTS = [
 ("A Soviet fighter shot down a Korean Air Lines jumbo jet with 269 people aboard over Sakhalin Island on Thursday after it strayed into Soviet airspace.", [], ["SUN ATTACKS KOR"]),
 ("President Ronald Reagan denounced the attack as a crime against humanity and demanded an explanation from Moscow.", [], ["person:ronald-reagan LEADS USA", "person:ronald-reagan CONDEMNS SUN"]),
 ("Secretary of State George Shultz said the Soviet pilot had been in contact with his ground control and fired two missiles.", [], []),
 ("South Korea declared a day of mourning and accused the Soviet Union of an act of barbarism.", ["KOR CONDEMNS SUN"], []),
 ("Japan, whose radar tracked the plane, joined Washington in calling for an emergency meeting of the Security Council.", [], []),
 ("The Soviet news agency Tass said only that an unidentified aircraft had violated Soviet airspace and flown off toward the Sea of Japan.", [], []),
]
