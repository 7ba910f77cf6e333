DAY = "2024-07-31"
SENTS = [
 ("Hamas political leader Ismail Haniyeh was killed in an Israeli strike on his residence in Tehran early on Wednesday, Hamas and Iran's Revolutionary Guards said.", ["person:ismail-haniyeh LEADS org:HAMAS", "ISR ATTACKS org:HAMAS"], ["ISR ATTACKS IRN", "ISR ATTACKS person:ismail-haniyeh"]),
 ("Haniyeh had been in Tehran to attend the inauguration of Iran's new president, Masoud Pezeshkian, and met Supreme Leader Ali Khamenei hours before his death.", ["person:ismail-haniyeh MEETS person:ali-khamenei", "person:ismail-haniyeh MEETS IRN", "person:masoud-pezeshkian LEADS IRN"], ["person:ali-khamenei LEADS IRN", "person:ismail-haniyeh MEETS person:masoud-pezeshkian"]),
 ("Khamenei vowed harsh punishment for Israel, saying it was Tehran's duty to avenge the death of a guest.", [], ["person:ali-khamenei CONDEMNS ISR"]),
 ("Israel did not comment on the killing, which came hours after it struck a Hezbollah commander in Beirut.", ["ISR ATTACKS org:HEZBOLLAH"], ["ISR ATTACKS LBN"]),
 ("Qatar, which has hosted Haniyeh and mediated ceasefire talks, said the assassination undermined the negotiations.", [], ["QAT CONDEMNS ISR", "QAT SUPPORTS person:ismail-haniyeh", "QAT MEETS person:ismail-haniyeh"]),
 ("Turkey and Russia condemned the killing.", [], ["TUR CONDEMNS ISR", "RUS CONDEMNS ISR"]),
]
