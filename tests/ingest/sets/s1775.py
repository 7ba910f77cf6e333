DAY = "2000-06-14"
SENTS = [
 ("South Korean President Kim Dae-jung arrived in Pyongyang on Tuesday and was greeted at the airport by North Korean leader Kim Jong Il, the first summit between the two Koreas.", ["person:kim-dae-jung LEADS KOR", "person:kim-jong-il LEADS PRK", "person:kim-dae-jung MEETS person:kim-jong-il", "person:kim-dae-jung MEETS PRK"], []),
 ("The two leaders rode together in a limousine through streets lined with hundreds of thousands of cheering North Koreans.", [], ["person:kim-dae-jung MEETS person:kim-jong-il"]),
 ("On Wednesday they signed a joint declaration pledging to work toward reunification and to allow reunions of families separated by the war.", [], ["person:kim-dae-jung MEETS person:kim-jong-il"]),
 ("The United States, which keeps 37,000 troops in South Korea, welcomed the summit and said it would ease sanctions on the North.", ["USA DEPLOYS_TROOPS KOR"], ["USA SANCTIONS PRK"]),
 ("Japan and China also praised Kim Dae-jung's efforts.", ["JPN SUPPORTS person:kim-dae-jung", "CHN SUPPORTS person:kim-dae-jung"], []),
]
