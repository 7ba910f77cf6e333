DAY = "2025-06-12"
SENTS = [
 ("Japan said two Chinese aircraft carriers had operated simultaneously in the Pacific for the first time, one of them beyond the so-called second island chain.", [], []),
 ("A Chinese J-15 fighter flew within 45 metres of a Japanese P-3C surveillance plane, Tokyo's defence ministry said, calling the manoeuvre abnormal.", ["JPN CONDEMNS CHN"], []),
 ("Japan lodged a protest with Beijing through diplomatic channels.", ["JPN CONDEMNS CHN"]),
 ("China said its operations were consistent with international law.", [], []),
 ("Tokyo has been expanding its defence budget and is deploying long-range missiles capable of reaching the Chinese mainland.", [], []),
]
