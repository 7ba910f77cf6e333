DAY = "1957-02-21"
SENTS = [
 ("President Eisenhower told the nation on Wednesday night that Israel must withdraw from Gaza and the Gulf of Aqaba without conditions.", [], ["person:dwight-eisenhower LEADS USA", "person:dwight-eisenhower CONDEMNS ISR", "ISR DEPLOYS_TROOPS EGY"]),
 ("He said the United States would back United Nations sanctions against Israel if it refused.", [], ["USA SANCTIONS ISR"]),
 ("Israeli forces have held the Gaza strip and Sharm el-Sheikh since their invasion of Egypt in November.", [], ["ISR ATTACKS EGY", "ISR DEPLOYS_TROOPS EGY", "ISR DEPLOYS_TROOPS PSE"]),
 ("Prime Minister David Ben-Gurion has refused to pull out until Israel receives guarantees of free passage through the Straits of Tiran.", [], ["person:david-ben-gurion LEADS ISR"]),
 ("Egypt has barred Israeli ships from the Suez Canal since 1949.", ["EGY SANCTIONS ISR"], []),
 ("A United Nations force of Canadian, Indian, Yugoslav and Scandinavian troops has taken over most of Sinai from the Israelis.", [], ["CAN DEPLOYS_TROOPS EGY", "IND DEPLOYS_TROOPS EGY", "YUG DEPLOYS_TROOPS EGY"]),
]
