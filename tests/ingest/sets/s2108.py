DAY = "1988-04-19"
SENTS = [
 ("American warships and helicopters destroyed two Iranian oil platforms in the Gulf on Monday and sank or crippled six Iranian vessels in the biggest clash between the two countries since Iran's revolution.", ["USA ATTACKS IRN"], ["IRN ATTACKS USA"]),
 ("The Pentagon said the attacks were in retaliation for the mining of the frigate Samuel B. Roberts, which struck a mine last week while escorting Kuwaiti tankers.", [], ["USA SUPPORTS KWT"]),
 ("Iranian speedboats attacked an American-flagged supply ship and an oil platform belonging to the United Arab Emirates during the day.", ["IRN ATTACKS ARE"], ["IRN ATTACKS USA"]),
 ("An Iranian frigate that fired on American planes was sunk by a laser-guided bomb.", ["IRN ATTACKS USA"], []),
 ("President Reagan said the United States did not seek a wider conflict with Iran but would defend its ships.", [], ["person:ronald-reagan LEADS USA"]),
 ("Iran called the attacks an act of aggression.", [], ["IRN CONDEMNS USA"]),
]
