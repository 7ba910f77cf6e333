DAY = "1993-06-19"
SENTS = [
 ("President Abulfaz Elchibey of Azerbaijan fled Baku for his native region of Nakhichevan on Friday as rebel troops advanced on the capital.", ["person:abulfaz-elchibey LEADS AZE"], []),
 ("Heydar Aliyev, the former Communist Party boss who was elected speaker of parliament on Tuesday, said he had taken over the president's powers.", [], ["person:heydar-aliyev LEADS AZE"]),
 ("Ankara, bound to the Azerbaijanis by language and a military alliance, warned the rebels against seizing power by force.", ["TUR ALLIED_WITH AZE"], []),
 ("Armenian forces in Nagorno-Karabakh shelled Agdam and other Azerbaijani towns east of the enclave.", ["ARM ATTACKS AZE"], []),
]
