DAY = "2003-08-29"
SENTS = [
 ("Six-nation talks on North Korea's nuclear programme ended in Beijing on Friday with no agreement, but the participants said they would meet again.", [], []),
 ("The talks brought together North and South Korea, the United States, China, Japan and Russia.", [], ["KOR MEETS PRK", "PRK MEETS USA", "CHN MEETS PRK", "JPN MEETS PRK", "PRK MEETS RUS", "KOR MEETS USA", "CHN MEETS KOR", "JPN MEETS KOR", "KOR MEETS RUS", "CHN MEETS USA", "JPN MEETS USA", "RUS MEETS USA", "CHN MEETS JPN", "CHN MEETS RUS", "JPN MEETS RUS"]),
 ("North Korea's chief delegate, Kim Yong Il, told the meeting that Pyongyang would declare itself a nuclear power and test a bomb unless Washington dropped its hostile policy.", ["person:kim-yong-il CONDEMNS USA"], ["PRK CONDEMNS USA"]),
 ("The American envoy, James Kelly, insisted that North Korea first dismantle its nuclear programme in a verifiable way.", [], ["USA CONDEMNS PRK", "person:james-kelly CONDEMNS PRK"]),
 ("China, the North's main supplier of food and fuel, has pressed Pyongyang to stay at the table.", ["CHN TRADES_WITH PRK"], ["CHN SUPPORTS PRK"]),
 ("Japan raised the fate of its citizens abducted by North Korean agents in the 1970s and 1980s, angering the North's delegation.", [], ["JPN CONDEMNS PRK", "PRK CONDEMNS JPN"]),
]
