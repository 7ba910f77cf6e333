DAY = "2015-03-16"
SENTS = [
 ("A bomb dropped by a Myanmar warplane killed four farm workers in a sugarcane field in China's Yunnan province on Friday, the Chinese government said.", ["MMR ATTACKS CHN"], ["CHN CONDEMNS MMR"]),
 ("Vice Foreign Minister Liu Zhenmin summoned Myanmar's ambassador and lodged a solemn protest.", ["person:liu-zhenmin CONDEMNS MMR"], ["CHN CONDEMNS MMR"]),
 ("China's air force has sent jets to patrol the border and drive off any Myanmar aircraft that stray across it.", [], ["CHN DEPLOYS_TROOPS MMR"]),
 ("Naypyidaw has accused Chinese mercenaries of fighting alongside the Kokang rebels, whose leader, Peng Jiasheng, is an ethnic Chinese.", [], ["MMR CONDEMNS CHN"]),
 ("Premier Li Keqiang said Beijing would firmly protect the lives and property of its people.", [], ["person:li-keqiang LEADS CHN"]),
]
