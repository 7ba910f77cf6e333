DAY = "2025-01-16"
SENTS = [
 ("Israel and Hamas agreed to a ceasefire in Gaza on Wednesday after more than a year of war, in a deal mediated by Qatar, Egypt and the United States.", ["ISR ATTACKS org:HAMAS", "org:HAMAS ATTACKS ISR"], ["QAT SUPPORTS ISR", "EGY SUPPORTS ISR"]),
 ("Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, announced the agreement at a news conference in Doha.", [], ["person:mohammed-bin-abdulrahman-al-thani LEADS QAT"]),
 ("The first phase provides for the release of 33 Israeli hostages in exchange for hundreds of Palestinian prisoners.", [], []),
 ("President-elect Donald Trump's envoy, Steve Witkoff, had joined the talks in Doha and pressed Netanyahu to accept the deal.", [], ["person:steve-witkoff MEETS person:benjamin-netanyahu", "person:steve-witkoff MEETS QAT"]),
 ("Egypt will reopen the Rafah crossing to let in aid trucks under the deal.", [], ["EGY SUPPORTS PSE"]),
]
