DAY = "2014-05-08"
SENTS = [
 ("Chinese ships rammed and fired water cannon at Vietnamese vessels near an oil rig that China moved into waters claimed by Vietnam.", ["CHN ATTACKS VNM"], []),
 ("Vietnam's foreign ministry called the deployment of the rig illegal and demanded that Beijing withdraw it.", [], ["VNM CONDEMNS CHN"]),
 ("China accused Hanoi of disrupting its drilling operations and said the rig was in Chinese territorial waters.", ["CHN CONDEMNS VNM"], []),
 ("Anti-Chinese riots later broke out in Vietnam, where protesters set fire to foreign-owned factories.", [], []),
 ("The United States, which has deepened its ties with Hanoi, called China's move provocative.", ["USA CONDEMNS CHN"], []),
]
