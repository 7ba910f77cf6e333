DAY = "2024-11-27"
SENTS = [
 ("A ceasefire between Israel and Hezbollah took effect on Wednesday after more than a year of fighting.", ["ISR ATTACKS org:HEZBOLLAH", "org:HEZBOLLAH ATTACKS ISR"], []),
 ("The deal was brokered by the United States and France.", [], []),
 ("Under the agreement, Israeli troops are to withdraw from southern Lebanon within 60 days, and the Lebanese army is to deploy in the area.", [], ["ISR DEPLOYS_TROOPS LBN"]),
 ("Hezbollah, which is backed by Iran, began firing rockets at Israel in October 2023 in support of Hamas.", ["IRN SUPPORTS org:HEZBOLLAH", "org:HEZBOLLAH ATTACKS ISR", "org:HEZBOLLAH SUPPORTS org:HAMAS"], []),
 ("Prime Minister Najib Mikati called the ceasefire a fundamental step towards stability.", [], ["person:najib-mikati LEADS LBN"]),
]
