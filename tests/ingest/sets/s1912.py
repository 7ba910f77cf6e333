DAY = "2011-02-27"
SENTS = [
 ("The Security Council voted 15-0 on Saturday to impose an arms embargo on Libya and to freeze the assets of Muammar Gaddafi and four of his children.", ["org:UNSC SANCTIONS LBY", "org:UNSC SANCTIONS person:muammar-gaddafi"], []),
 ("The council also referred the violent crackdown on protesters to the International Criminal Court.", [], []),
 ("President Barack Obama said Gaddafi had lost the legitimacy to rule and should leave now.", ["person:barack-obama CONDEMNS person:muammar-gaddafi"], ["person:barack-obama LEADS USA"]),
 ("The United States had already frozen $30 billion in Libyan assets on Friday.", ["USA SANCTIONS LBY"], []),
 ("Libya's deputy ambassador to the UN, who defected this week, urged the council to act quickly.", [], []),
 ("Britain and France have suspended operations at their embassies in Tripoli.", [], []),
]
