DAY = "2025-09-22"
SENTS = [
 ("Britain, Canada and Australia formally recognised the state of Palestine on Sunday, followed by Portugal hours later.", ["GBR SUPPORTS PSE", "CAN SUPPORTS PSE", "AUS SUPPORTS PSE", "PRT SUPPORTS PSE"]),
 ("France is expected to do so at the UN General Assembly on Monday.", [], []),
 ("Benjamin Netanyahu said the recognition rewarded terrorism and vowed that no Palestinian state would be established west of the Jordan river.", [], ["person:benjamin-netanyahu CONDEMNS GBR", "person:benjamin-netanyahu CONDEMNS CAN", "person:benjamin-netanyahu CONDEMNS AUS", "person:benjamin-netanyahu CONDEMNS PRT"]),
 ("The United States, Israel's closest ally, called the move performative.", ["USA ALLIED_WITH ISR"], ["USA CONDEMNS GBR"]),
 ("More than 150 of the UN's 193 member states now recognise Palestine.", [], []),
]
