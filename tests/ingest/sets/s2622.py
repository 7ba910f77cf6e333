DAY = "1992-07-22"
SENTS = [
 ("Yitzhak Rabin on Tuesday became the first Israeli prime minister in six years to visit Egypt, holding talks with President Hosni Mubarak in Cairo.", ["person:yitzhak-rabin LEADS ISR", "person:yitzhak-rabin MEETS EGY", "person:yitzhak-rabin MEETS person:hosni-mubarak"], ["person:hosni-mubarak LEADS EGY"]),
 ("Mr. Mubarak, who had refused to receive Mr. Rabin's predecessor, said the new government's curbs on settlement building were a positive step.", [], ["person:hosni-mubarak SUPPORTS ISR"]),
 ("Egypt, the only Arab country at peace with Israel, withdrew its ambassador from Tel Aviv in 1982 after the invasion of Lebanon.", [], ["EGY CONDEMNS ISR", "ISR ATTACKS LBN"]),
 ("Washington, Cairo's biggest aid donor since the Camp David accords, welcomed the meeting.", ["USA SUPPORTS EGY"], []),
]
