DAY = "2025-10-15"
SENTS = [
 ("The US Treasury bought Argentine pesos directly for the first time and signed a 20 billion dollar currency swap line with Argentina's central bank.", ["USA SUPPORTS ARG"], ["USA TRADES_WITH ARG"]),
 ("Treasury Secretary Scott Bessent said Washington was prepared to do whatever was needed to support Javier Milei.", [], ["person:scott-bessent SUPPORTS person:javier-milei"]),
 ("Trump hosted Milei at the White House on Tuesday and warned that US help would end if his party lost the midterm elections.", ["person:donald-trump MEETS person:javier-milei", "person:javier-milei MEETS USA"], []),
 ("China, Argentina's second-largest trading partner, has a separate swap line with Buenos Aires worth about 18 billion dollars.", ["CHN TRADES_WITH ARG"], ["CHN SUPPORTS ARG"]),
 ("American soybean farmers complained that Argentina was selling its crop to China while they were shut out of the Chinese market.", ["ARG TRADES_WITH CHN"], []),
]
