DAY = "2006-07-16"
SENTS = [
 ("The UN Security Council unanimously condemned North Korea's missile launches on Saturday and demanded that Pyongyang suspend its ballistic missile programme.", ["org:UNSC CONDEMNS PRK"], []),
 ("The resolution, a compromise between Japan and China, requires all states to prevent the transfer of missile-related goods and technology to North Korea.", [], ["org:UNSC SANCTIONS PRK"]),
 ("Japan, which had pushed for sanctions under Chapter 7 of the UN Charter, dropped that demand after China threatened to veto the text.", [], ["CHN VETOES PRK"]),
 ("North Korea's envoy, Pak Gil Yon, rejected the resolution within minutes and accused the council of following a US-led hostile policy.", ["person:pak-gil-yon CONDEMNS org:UNSC"], ["PRK CONDEMNS USA", "person:pak-gil-yon CONDEMNS USA"]),
 ("North Korea test-fired seven missiles on July 5, including a long-range Taepodong-2 that failed shortly after launch.", [], []),
 ("South Korea suspended food and fertiliser aid to the North after the launches.", [], ["KOR SUPPORTS PRK", "KOR SANCTIONS PRK"]),
]
