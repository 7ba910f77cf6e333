DAY = "2011-07-10"
SENTS = [
 ("The United States is suspending about $800 million in military aid to Pakistan, a third of what it gives the Pakistani army each year, the White House chief of staff said on Sunday.", [], ["USA SUPPORTS PAK", "USA SANCTIONS PAK"]),
 ("Relations have sunk since American commandos killed Osama bin Laden in the garrison town of Abbottabad in May without telling Islamabad.", [], ["USA ATTACKS PAK"]),
 ("Pakistan expelled more than 100 American military trainers after the raid and has restricted the movements of US diplomats.", [], ["PAK CONDEMNS USA", "PAK SANCTIONS USA"]),
 ("The Pakistani military said it could fight militants without American help and would rely on its own resources.", [], []),
 ("China, which has called Pakistan its all-weather friend, has promised to deliver fifty JF-17 fighter jets to the Pakistani air force.", ["CHN SUPPORTS PAK"], ["CHN ALLIED_WITH PAK", "CHN SUPPLIES_ARMS PAK"]),
]
