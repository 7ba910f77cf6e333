DAY = "1997-10-30"
SENTS = [
 ("Jiang Zemin was welcomed at the White House on Wednesday with a 21-gun salute, the first state visit by a Chinese leader since 1985.", ["person:jiang-zemin MEETS USA"], ["person:jiang-zemin LEADS CHN"]),
 ("President Bill Clinton and Jiang agreed that China would halt nuclear cooperation with Iran, clearing the way for American firms to sell nuclear reactors to Beijing.", [], ["person:bill-clinton MEETS person:jiang-zemin", "person:bill-clinton LEADS USA", "USA TRADES_WITH CHN", "CHN SANCTIONS IRN", "CHN TRADES_WITH IRN"]),
 ("At a joint news conference, Clinton said China's crackdown on the Tiananmen Square protests was wrong, and Jiang defended it.", ["person:bill-clinton CONDEMNS CHN", "person:bill-clinton MEETS person:jiang-zemin"], []),
 ("Protesters supporting Tibet demonstrated outside the White House.", [], []),
 ("Boeing agreed to sell China 50 airliners worth $3 billion during the visit.", [], ["USA TRADES_WITH CHN"]),
 ("The two governments also agreed to set up a hotline between their presidents.", [], []),
]
