DAY = "1972-01-25"
SENTS = [
 ("The Soviet Union recognized Bangladesh on Monday, a month after Indian troops and Bengali guerrillas defeated the Pakistani army in what had been East Pakistan.", ["SUN SUPPORTS BGD"], ["IND ATTACKS PAK"]),
 ("Sheikh Mujibur Rahman, the prime minister of Bangladesh, thanked Moscow for standing by his people during the war.", ["person:sheikh-mujibur-rahman LEADS BGD"], ["SUN SUPPORTS BGD", "person:sheikh-mujibur-rahman SUPPORTS SUN"]),
 ("Pakistan's President Zulfikar Ali Bhutto has said his government will break off relations with any country that recognizes the new state.", ["person:zulfikar-ali-bhutto LEADS PAK"], []),
 ("East Germany, Poland, Bulgaria, Mongolia, Burma and Yugoslavia have already recognized Bangladesh.", ["DDR SUPPORTS BGD", "POL SUPPORTS BGD", "BGR SUPPORTS BGD", "MNG SUPPORTS BGD", "MMR SUPPORTS BGD", "YUG SUPPORTS BGD"], []),
 ("India, which still holds about 90,000 Pakistani prisoners of war, has promised Dacca food and money.", [], ["IND SUPPORTS BGD"]),
]
