DAY = "1993-09-13"
SENTS = [
 ("Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat shook hands on the White House lawn on Monday after their negotiators signed a declaration of principles on Palestinian self-rule.", ["person:yitzhak-rabin LEADS ISR", "person:yasser-arafat LEADS org:PLO", "person:yitzhak-rabin MEETS person:yasser-arafat"], []),
 ("President Bill Clinton, who presided over the ceremony, nudged the two men together as some 3,000 guests applauded.", [], ["person:bill-clinton MEETS person:yitzhak-rabin", "person:bill-clinton MEETS person:yasser-arafat"]),
 ("Under the accord, Israel will withdraw its forces from the Gaza Strip and the West Bank town of Jericho.", [], []),
 ("Foreign Minister Shimon Peres and Mahmoud Abbas signed the document for the two sides.", [], ["person:shimon-peres MEETS person:mahmoud-abbas"]),
 ("Iran condemned the agreement as treason, and radical Palestinian groups based in Damascus vowed to fight it.", [], ["IRN CONDEMNS org:PLO", "IRN CONDEMNS ISR"]),
 ("Jordan's King Hussein telephoned Rabin after the ceremony and said he hoped the accord would open the way to a comprehensive peace.", ["person:hussein-bin-talal MEETS person:yitzhak-rabin", "person:hussein-bin-talal LEADS JOR"], []),
]
