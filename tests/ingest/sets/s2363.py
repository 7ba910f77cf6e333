DAY = "2009-04-15"
SENTS = [
 ("North Korea said on Tuesday that it would quit six-nation talks on its nuclear programme and restart its plutonium plant, after the UN Security Council condemned its rocket launch.", ["org:UNSC CONDEMNS PRK"], []),
 ("The North ordered inspectors from the International Atomic Energy Agency to leave the Yongbyon complex.", [], ["PRK CONDEMNS org:IAEA", "PRK SANCTIONS org:IAEA"]),
 ("The Security Council's statement, backed by China and Russia, demanded that Pyongyang make no further launches.", [], ["org:UNSC CONDEMNS PRK", "CHN SUPPORTS org:UNSC", "RUS SUPPORTS org:UNSC", "CHN CONDEMNS PRK", "RUS CONDEMNS PRK"]),
 ("Japan and the United States had pressed for a binding resolution with new sanctions.", [], []),
 ("Washington called the move a serious step backwards and urged Pyongyang to reconsider.", [], ["USA CONDEMNS PRK"]),
 ("South Korea's President Lee Myung-bak called the North's decision regrettable.", ["person:lee-myung-bak LEADS KOR"], ["person:lee-myung-bak CONDEMNS PRK", "KOR CONDEMNS PRK"]),
]
