DAY = "2012-02-04"
SENTS = [
 ("Russia and China vetoed a UN Security Council resolution on Saturday that backed an Arab League plan calling on Syrian President Bashar al-Assad to step down.", ["RUS VETOES SYR", "CHN VETOES SYR", "person:bashar-al-assad LEADS SYR"], []),
 ("The other 13 members of the council voted in favour of the text, which had been watered down to meet Russian objections.", [], []),
 ("Washington's envoy, Susan Rice, told reporters she was disgusted that Moscow and Beijing kept shielding a brutal regime.", ["person:susan-rice CONDEMNS RUS", "person:susan-rice CONDEMNS CHN"], ["USA CONDEMNS RUS", "USA CONDEMNS CHN", "RUS SUPPORTS SYR", "CHN SUPPORTS SYR"]),
 ("The vote came hours after Syrian forces shelled the city of Homs, killing more than 200 people, according to activists.", [], []),
 ("Russia, Syria's main arms supplier, said the draft was unbalanced and would have encouraged regime change.", ["RUS SUPPLIES_ARMS SYR"], []),
 ("Foreign Minister Sergei Lavrov is due to visit Damascus on Tuesday to meet Assad.", [], ["person:sergei-lavrov MEETS person:bashar-al-assad", "person:sergei-lavrov MEETS SYR"]),
 ("Angry protesters attacked Syrian embassies in several capitals, including Cairo, Kuwait and Berlin.", [], []),
]
