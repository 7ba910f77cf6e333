DAY = "2024-10-29"
SENTS = [
 ("NATO said on Monday that North Korean troops had been sent to Russia and that some had already reached the Kursk region, part of which Ukrainian forces have held since August.", ["PRK DEPLOYS_TROOPS RUS"], ["UKR DEPLOYS_TROOPS RUS", "UKR ATTACKS RUS"]),
 ("Mark Rutte, the alliance's secretary general, called it a significant escalation and a dangerous expansion of Russia's war.", [], ["person:mark-rutte CONDEMNS PRK", "person:mark-rutte CONDEMNS RUS", "person:mark-rutte LEADS org:NATO", "RUS ATTACKS UKR"]),
 ("The Pentagon estimated that Pyongyang had dispatched about 10,000 soldiers to train in eastern Russia.", ["PRK DEPLOYS_TROOPS RUS"], []),
 ("President Volodymyr Zelensky asked why the West was silent and urged allies to strike the camps before the North Koreans entered the fight.", [], ["person:volodymyr-zelensky LEADS UKR", "person:volodymyr-zelensky CONDEMNS bloc:WEST"]),
 ("Moscow did not deny the reports, and the Kremlin said its military cooperation with North Korea was a sovereign matter.", [], ["RUS ALLIED_WITH PRK"]),
]
