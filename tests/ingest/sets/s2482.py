DAY = "2009-12-24"
SENTS = [
 ("The UN Security Council imposed an arms embargo on Eritrea on Wednesday and ordered travel bans and asset freezes on its leaders, accusing the Red Sea state of arming Islamist insurgents in Somalia.", ["org:UNSC SANCTIONS ERI", "org:UNSC CONDEMNS ERI"], []),
 ("The resolution, drafted by Uganda and backed by the African Union, passed by 13 votes to one, with Libya voting against it and China abstaining.", [], ["org:AU SANCTIONS ERI", "UGA SANCTIONS ERI"]),
 ("Eritrea has denied supplying weapons to al-Shabaab, which controls much of southern Somalia and is fighting the transitional government in Mogadishu.", [], ["ERI SUPPLIES_ARMS org:SHABAAB", "org:SHABAAB ATTACKS SOM"]),
 ("President Isaias Afwerki's government called the sanctions a shameful act engineered by Washington.", [], ["person:isaias-afwerki LEADS ERI", "ERI CONDEMNS USA", "ERI CONDEMNS org:UNSC"]),
 ("Ethiopia, which fought a border war with Eritrea from 1998 to 2000, welcomed the vote.", ["ETH ATTACKS ERI", "ERI ATTACKS ETH"], ["ETH SUPPORTS org:UNSC"]),
]
