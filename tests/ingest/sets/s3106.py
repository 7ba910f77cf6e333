DAY = "1979-11-22"
SENTS = [
 ("Thousands of students stormed and set fire to the United States embassy in Islamabad on Wednesday after rumours spread that Americans were behind the seizure of the Grand Mosque in Mecca.", [], []),
 ("Two Americans and two Pakistani employees died, and about 100 staff escaped from the roof of a burning vault after Pakistani troops took hours to arrive.", [], []),
 ("Ayatollah Ruhollah Khomeini had said on Iranian radio that the United States and Israel were responsible for the attack on the mosque.", ["person:ruhollah-khomeini CONDEMNS USA", "person:ruhollah-khomeini CONDEMNS ISR"], []),
 ("President Jimmy Carter called General Zia-ul-Haq to protest at the delay, and the State Department said it held the Pakistani government responsible for protecting American lives.", ["person:jimmy-carter CONDEMNS person:muhammad-zia-ul-haq", "USA CONDEMNS PAK"], ["person:jimmy-carter LEADS USA", "person:jimmy-carter MEETS person:muhammad-zia-ul-haq"]),
 ("Saudi troops were still fighting the gunmen who seized the mosque on Tuesday, and the Saudi government said the attackers were religious fanatics, not foreigners.", [], []),
]
