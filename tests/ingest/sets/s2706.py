DAY = "1986-03-25"
SENTS = [
 ("American warplanes attacked a Libyan missile site and sank at least two Libyan patrol boats in the Gulf of Sidra on Monday and Tuesday after Libya fired six missiles at them.", ["USA ATTACKS LBY"], ["LBY ATTACKS USA"]),
 ("Colonel Muammar el-Qaddafi had declared the whole gulf Libyan waters and drawn a line of death across its mouth.", [], []),
 ("Moscow called the American strikes armed aggression against a sovereign state and a gross violation of international law.", ["SUN CONDEMNS USA"], []),
 ("Britain's Prime Minister, Margaret Thatcher, defended the right of American ships to sail in international waters.", ["person:margaret-thatcher LEADS GBR"], ["person:margaret-thatcher SUPPORTS USA"]),
]
