DAY = "1983-11-05"
SENTS = [
 ("Burma broke off relations with North Korea on Friday and withdrew its recognition of the Pyongyang government, after an inquiry found that North Korean army officers had planted the bomb that killed four South Korean cabinet ministers in Rangoon last month.", ["PRK ATTACKS KOR"], ["MMR CONDEMNS PRK", "MMR SANCTIONS PRK"]),
 ("The bomb went off at the Martyrs' Mausoleum minutes before President Chun Doo Hwan was to lay a wreath there.", [], ["person:chun-doo-hwan LEADS KOR", "person:chun-doo-hwan MEETS MMR"]),
 ("One of the two commandos taken alive confessed that the team had been trained near Pyongyang and brought to Burma by ship.", [], []),
 ("Seoul appealed to the world to punish Pyongyang, and Washington said the massacre showed the true nature of the North Korean regime.", ["KOR CONDEMNS PRK", "USA CONDEMNS PRK"], []),
]
