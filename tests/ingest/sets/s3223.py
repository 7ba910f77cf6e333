DAY = "1957-10-14"
SENTS = [
 ("Egyptian troops went ashore at the Syrian port of Latakia on Sunday to help defend Syria against what Cairo called a Turkish threat on its northern border.", ["EGY DEPLOYS_TROOPS SYR"], ["EGY SUPPORTS SYR", "EGY CONDEMNS TUR"]),
 ("The force, whose size was not disclosed, was sent under the joint command agreement the two countries concluded in 1955.", [], ["EGY ALLIED_WITH SYR"]),
 ("Turkey has massed some 50,000 men along the frontier, and Damascus accuses Ankara of preparing an invasion with American encouragement.", ["SYR CONDEMNS TUR"], ["SYR CONDEMNS USA"]),
 ("Moscow has promised Syria its full backing and told Washington that a war on Syria would not stay confined to that region.", [], ["SUN SUPPORTS SYR", "SUN CONDEMNS USA"]),
 ("Syria has asked the General Assembly of the United Nations to send a commission to look into the Turkish troop movements.", [], ["SYR CONDEMNS TUR"]),
]
