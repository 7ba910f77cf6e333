DAY = "2025-03-07"
SENTS = [
 ("Washington paused the sharing of intelligence with Kyiv for a week after the clash between Trump and Zelensky in the Oval Office.", [], ["USA SUPPORTS UKR"]),
 ("The suspension left Ukraine unable to see Russian missile launches in time, officials said.", [], []),
 ("Britain and France continued to share their own intelligence with Ukraine.", ["GBR SUPPORTS UKR", "FRA SUPPORTS UKR"], []),
 ("Sharing resumed after Ukrainian officials agreed in Jeddah to a US proposal for a 30-day ceasefire.", [], ["UKR MEETS SAU"]),
 ("Russia has received intelligence and satellite imagery from China, according to Ukrainian military intelligence.", ["CHN SUPPORTS RUS"], []),
]
