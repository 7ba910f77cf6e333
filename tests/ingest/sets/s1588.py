DAY = "2024-04-02"
SENTS = [
 ("An Israeli air strike destroyed the consular building next to Iran's embassy in Damascus on Monday, killing two generals of the Revolutionary Guards.", ["ISR ATTACKS IRN"], ["ISR ATTACKS SYR"]),
 ("Supreme Leader Ali Khamenei vowed that Israel would be punished for the crime.", [], ["person:ali-khamenei CONDEMNS ISR", "person:ali-khamenei LEADS IRN"]),
 ("Syria's foreign ministry called the strike a flagrant violation of international law and of its sovereignty.", [], ["SYR CONDEMNS ISR"]),
 ("Washington told Tehran through Swiss intermediaries that it had no involvement in the attack and had not been told of it in advance.", [], []),
 ("Russia and China both condemned the strike, and Moscow requested an emergency meeting of the Security Council.", [], ["RUS CONDEMNS ISR", "CHN CONDEMNS ISR"]),
]
