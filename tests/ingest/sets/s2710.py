DAY = "1986-08-05"
SENTS = [
 ("Six Commonwealth leaders agreed in London on Monday to impose new sanctions on South Africa, but Prime Minister Margaret Thatcher refused to join them.", [], ["person:margaret-thatcher LEADS GBR", "GBR MEMBER_OF org:COMMONWEALTH"]),
 ("Australia, Canada, India, the Bahamas, Zambia and Zimbabwe will ban new investment in South Africa and stop flights by South African Airways.", [], ["AUS SANCTIONS ZAF", "CAN SANCTIONS ZAF", "IND SANCTIONS ZAF", "BHS SANCTIONS ZAF", "ZMB SANCTIONS ZAF", "ZWE SANCTIONS ZAF"]),
 ("Britain will only ban new investment and promotion of tourism, measures Mrs. Thatcher called a voluntary gesture.", [], []),
 ("President Kenneth Kaunda of Zambia said Britain had chosen to side with apartheid.", ["person:kenneth-kaunda LEADS ZMB", "person:kenneth-kaunda CONDEMNS GBR"], []),
]
