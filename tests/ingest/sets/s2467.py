DAY = "2023-03-26"
SENTS = [
 ("Taipei lost one of its last allies in Central America on Sunday when Honduras switched its recognition to Beijing, leaving Taiwan with 13 countries that maintain formal relations with it.", ["HND SUPPORTS CHN"], ["HND SANCTIONS TWN", "TWN ALLIED_WITH HND"]),
 ("Taiwanese President Tsai Ing-wen accused Beijing of using money to lure away the island's partners and said Taiwan would not compete with China in a contest of dollar diplomacy.", ["person:tsai-ing-wen LEADS TWN", "person:tsai-ing-wen CONDEMNS CHN"], []),
 ("Taiwan's foreign minister said Honduras had asked for $2.5 billion in aid before it switched sides.", [], []),
 ("China's foreign minister, Qin Gang, and his Honduran counterpart, Eduardo Reina, signed a joint communique in Beijing.", [], ["CHN MEETS HND", "person:eduardo-reina MEETS person:qin-gang", "person:eduardo-reina MEETS CHN"]),
 ("President Xiomara Castro had said during her election campaign that she would open relations with China, but she backed away from the pledge after taking office under pressure from Washington.", [], ["person:xiomara-castro LEADS HND"]),
]
