DAY = "1997-11-03"
SENTS = [
 ("President Boris Yeltsin and Prime Minister Ryutaro Hashimoto of Japan ended two days of informal talks in the Siberian city of Krasnoyarsk on Sunday by agreeing to try to conclude a peace treaty by 2000.", ["person:boris-yeltsin MEETS person:ryutaro-hashimoto", "person:ryutaro-hashimoto LEADS JPN"], ["person:boris-yeltsin LEADS RUS", "person:ryutaro-hashimoto MEETS RUS"]),
 ("The meeting, held without neckties on the banks of the Yenisei River, was the first of its kind between the two countries' leaders.", [], []),
 ("Japan backs Russia's bid to join the Asia-Pacific Economic Cooperation forum, whose members are expected to admit Moscow at their meeting in Vancouver this month.", ["JPN SUPPORTS RUS"], ["RUS MEMBER_OF org:APEC", "JPN MEMBER_OF org:APEC"]),
 ("Tokyo still claims the southern Kurils, occupied by Soviet troops in the last days of the war, and no treaty has been possible while they are held.", [], ["SUN ATTACKS JPN", "SUN DEPLOYS_TROOPS JPN"]),
]
