DAY = "2009-05-26"
SENTS = [
 ("North Korea carried out an underground nuclear test on Monday, its second after a test in October 2006, and fired three short-range missiles hours later.", [], []),
 ("The UN Security Council condemned the test in an emergency session and began work on a new resolution.", [], ["org:UNSC CONDEMNS PRK"]),
 ("President Barack Obama said the test was a blatant violation of international law and a matter of grave concern to all nations.", [], ["person:barack-obama LEADS USA", "person:barack-obama CONDEMNS PRK"]),
 ("China said it resolutely opposed the test, and Russia called it a serious blow to efforts to curb the spread of nuclear weapons.", [], ["CHN CONDEMNS PRK", "RUS CONDEMNS PRK"]),
 ("South Korea said on Tuesday it would join a US-led initiative to intercept ships suspected of carrying weapons of mass destruction.", [], []),
 ("Pyongyang warned that it would regard the South's participation as a declaration of war.", [], ["PRK CONDEMNS KOR"]),
]
