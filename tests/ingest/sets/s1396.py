DAY = "2024-02-07"
SENTS = [
 ("Argentine President Javier Milei arrived in Israel on Tuesday and said he would move his country's embassy to Jerusalem.", ["person:javier-milei LEADS ARG", "person:javier-milei MEETS ISR"], []),
 ("Milei, who has expressed unconditional support for Israel, met Prime Minister Benjamin Netanyahu and prayed at the Western Wall.", ["person:javier-milei SUPPORTS ISR", "person:javier-milei MEETS person:benjamin-netanyahu"], ["person:benjamin-netanyahu LEADS ISR"]),
 ("The Palestinian foreign ministry condemned the planned move as a violation of international law.", [], ["PSE CONDEMNS ARG", "PSE CONDEMNS person:javier-milei"]),
 ("Argentina has sought Israeli drones and fighter jets as it modernises its armed forces.", [], ["ISR SUPPLIES_ARMS ARG"]),
 ("Milei later visited Italy, where he met Pope Francis and Giorgia Meloni.", ["person:javier-milei MEETS ITA", "person:javier-milei MEETS person:giorgia-meloni"], ["person:javier-milei MEETS person:francis"]),
]
