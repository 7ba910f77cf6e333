DAY = "1985-11-25"
SENTS = [
 ("Egypt flew a commando unit to Malta on Sunday with the consent of Prime Minister Carmelo Mifsud Bonnici, and the commandos stormed the hijacked EgyptAir jetliner at Luqa airport that night.", ["EGY DEPLOYS_TROOPS MLT"], ["MLT SUPPORTS EGY"]),
 ("Nearly sixty people were killed in the assault and the fire that followed, among them passengers shot by the hijackers.", [], []),
 ("President Hosni Mubarak said the hijackers had links to Libya and accused Colonel Qaddafi of sheltering terrorists.", ["person:hosni-mubarak CONDEMNS person:muammar-gaddafi"], ["person:hosni-mubarak CONDEMNS LBY", "person:hosni-mubarak LEADS EGY"]),
 ("Tripoli radio described the storming as a massacre for which Cairo bore the guilt.", ["LBY CONDEMNS EGY"], []),
 ("American officers had helped plan the assault, Egyptian officials said.", [], ["USA SUPPORTS EGY"]),
]
