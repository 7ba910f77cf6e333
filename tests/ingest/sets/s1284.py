DAY = "2025-04-25"
SENTS = [
 ("Turkey and Iraq signed a framework agreement on water and on the Development Road, a 17 billion dollar railway and highway linking the Gulf to the Turkish border.", [], ["TUR MEETS IRQ", "TUR TRADES_WITH IRQ"]),
 ("Iraqi Prime Minister Mohammed Shia al-Sudani held talks with Erdogan in Ankara.", ["person:mohammed-shia-al-sudani MEETS person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani MEETS TUR", "person:mohammed-shia-al-sudani LEADS IRQ"]),
 ("Qatar and the United Arab Emirates have agreed to help finance the project.", [], []),
 ("Baghdad has complained that Turkish dams on the Tigris and Euphrates have reduced the flow of water into Iraq.", ["IRQ CONDEMNS TUR"], []),
 ("Turkey is Iraq's largest trading partner after China.", ["TUR TRADES_WITH IRQ", "CHN TRADES_WITH IRQ"]),
]
