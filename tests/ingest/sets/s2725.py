DAY = "1969-09-11"
SENTS = [
 ("Premier Aleksei N. Kosygin met Premier Chou En-lai at Peking airport on Thursday on his way home from Ho Chi Minh's funeral in Hanoi, the highest-level Chinese-Soviet meeting in four years.", ["person:alexei-kosygin MEETS person:zhou-enlai"], ["person:alexei-kosygin LEADS SUN", "person:zhou-enlai LEADS CHN", "person:alexei-kosygin MEETS CHN", "person:alexei-kosygin MEETS VDR", "SUN MEETS CHN"]),
 ("The meeting followed months of clashes on the Ussuri river and along the Sinkiang frontier in which hundreds of soldiers were reported killed.", [], []),
 ("Hsinhua said the two premiers had a frank conversation, without giving details.", [], []),
 ("Pham Van Dong, the North Vietnamese Premier, had appealed to both Moscow and Peking to set aside their quarrel and keep supplying his country's war.", ["person:pham-van-dong LEADS VDR"], ["SUN SUPPLIES_ARMS VDR", "CHN SUPPLIES_ARMS VDR", "SUN SUPPORTS VDR", "CHN SUPPORTS VDR"]),
]
