DAY = "1973-02-22"
SENTS = [
 ("Israeli fighter planes shot down a Libyan Arab Airlines Boeing 727 over the occupied Sinai peninsula on Wednesday, killing 106 of the 113 people aboard.", [], ["ISR ATTACKS LBY"]),
 ("Colonel Muammar el-Qaddafi called it a criminal act and accused the United States, Israel's arms supplier, of sharing the guilt.", ["person:muammar-gaddafi CONDEMNS USA", "USA SUPPLIES_ARMS ISR"], ["person:muammar-gaddafi LEADS LBY"]),
 ("Secretary General Kurt Waldheim of the United Nations deplored the Israeli action.", ["person:kurt-waldheim CONDEMNS ISR", "person:kurt-waldheim LEADS org:UN"], []),
 ("Golda Meir, the Israeli Prime Minister, who is to see President Nixon in Washington next week, said Israel was sorry for the loss of life.", ["person:golda-meir LEADS ISR"], ["person:golda-meir MEETS person:richard-nixon", "person:golda-meir MEETS USA"]),
]
