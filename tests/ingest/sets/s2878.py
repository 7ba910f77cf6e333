DAY = "1950-08-02"
SENTS = [
 ("Jacob Malik, the Soviet delegate, took the chair of the Security Council on Tuesday, ending a seven-month boycott over the seating of Nationalist China.", [], ["SUN MEMBER_OF org:UNSC"]),
 ("Malik ruled that the Nationalist delegate did not represent China and was overruled by the Council.", [], []),
 ("Warren Austin, the American delegate, accused Moscow of arming and directing the North Korean invasion.", ["person:warren-austin CONDEMNS SUN"], ["SUN SUPPLIES_ARMS PRK", "USA CONDEMNS SUN"]),
 ("American troops in South Korea are holding a line around the port of Pusan.", ["USA DEPLOYS_TROOPS KOR"], []),
 ("Britain announced it would send ground forces to Korea from Hong Kong.", [], ["GBR DEPLOYS_TROOPS KOR"]),
]
