DAY = "2024-09-19"
SENTS = [
 ("Thousands of pagers used by Hezbollah members exploded across Lebanon on Tuesday, killing 12 people and wounding nearly 3,000.", [], []),
 ("Hezbollah and the Lebanese government blamed Israel for the attack.", ["org:HEZBOLLAH CONDEMNS ISR", "LBN CONDEMNS ISR"], ["ISR ATTACKS org:HEZBOLLAH", "ISR ATTACKS LBN"]),
 ("A day later, walkie-talkies exploded at funerals in Beirut and the Bekaa Valley.", [], []),
 ("Iran's ambassador to Lebanon, Mojtaba Amani, was among those injured.", [], []),
 ("Israeli warplanes then struck hundreds of Hezbollah targets in southern Lebanon, and Hassan Nasrallah called the blasts a declaration of war.", ["ISR ATTACKS org:HEZBOLLAH"], ["ISR ATTACKS LBN", "person:hassan-nasrallah CONDEMNS ISR"]),
]
