DAY = "1961-07-01"
SENTS = [
 ("British troops began landing in Kuwait on Saturday at the request of its ruler, six days after Iraq's prime minister, General Abdul Karim Qasim, claimed the newly independent sheikhdom as part of Iraq.", ["GBR DEPLOYS_TROOPS KWT", "person:abd-al-karim-qasim LEADS IRQ"], ["GBR SUPPORTS KWT", "IRQ CONDEMNS KWT", "person:abd-al-karim-qasim CONDEMNS KWT"]),
 ("Royal Marines and paratroopers were flown in from Aden and Bahrain, and an aircraft carrier was on its way from the Indian Ocean.", [], []),
 ("Britain, which ended its protectorate over Kuwait on June 19, is bound by a treaty of friendship signed with Kuwait that day to come to its aid.", ["GBR ALLIED_WITH KWT"], []),
 ("Saudi Arabia also sent troops to the border at the request of Sheikh Abdullah al-Salim al-Sabah, the emir of Kuwait.", ["person:abdullah-al-salim-al-sabah LEADS KWT"], ["SAU DEPLOYS_TROOPS KWT", "SAU SUPPORTS KWT", "SAU SUPPORTS person:abdullah-al-salim-al-sabah"]),
 ("Baghdad denied that it planned to invade and accused Britain of staging the crisis to keep its grip on Kuwait's oil.", ["IRQ CONDEMNS GBR"], []),
 ("The Soviet Union vetoed Kuwait's application to join the United Nations, siding with Iraq.", ["SUN VETOES KWT", "SUN SUPPORTS IRQ"], []),
]
