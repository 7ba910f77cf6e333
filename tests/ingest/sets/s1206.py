DAY = "2025-10-23"
SENTS = [
 ("Ukraine signed a letter of intent to buy up to 150 Swedish Gripen fighter jets during a visit by Volodymyr Zelensky to Linköping.", [], ["SWE SUPPLIES_ARMS UKR", "person:volodymyr-zelensky MEETS SWE"]),
 ("Zelensky and Prime Minister Ulf Kristersson inspected the aircraft at the Saab factory.", ["person:volodymyr-zelensky MEETS person:ulf-kristersson"], ["person:ulf-kristersson LEADS SWE"]),
 ("Sweden has already sent Ukraine CV90 infantry fighting vehicles and Archer howitzers.", ["SWE SUPPLIES_ARMS UKR"]),
 ("Colombia signed a contract in November for 17 Gripens, replacing its ageing Israeli-made Kfir jets.", [], ["ISR SUPPLIES_ARMS COL", "SWE SUPPLIES_ARMS COL"]),
 ("Thailand ordered four more Gripens in August.", [], ["SWE SUPPLIES_ARMS THA"]),
]
