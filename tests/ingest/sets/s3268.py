DAY = "1967-04-08"
SENTS = [
 ("Israeli jets shot down six Syrian MiG-21s on Friday in a battle that began with an exchange of fire over farming in the demilitarised zone south of Lake Tiberias.", ["ISR ATTACKS SYR"], ["SYR ATTACKS ISR"]),
 ("Two of the MiGs fell inside Syria near Damascus, and Israeli planes flew over the Syrian capital.", [], ["ISR ATTACKS SYR"]),
 ("Syria accused Israel of aggression and said its own planes had downed five Israeli Mirages, a claim Israel denied.", ["SYR CONDEMNS ISR"], ["SYR ATTACKS ISR"]),
 ("The Soviet Union, which equips the Syrian air force, warned Israel that it was playing with fire.", ["SUN SUPPLIES_ARMS SYR"], ["SUN CONDEMNS ISR"]),
 ("Egypt, Syria's partner in a defence pact signed in November, said it stood ready to help.", ["EGY ALLIED_WITH SYR"], ["EGY SUPPORTS SYR"]),
]
