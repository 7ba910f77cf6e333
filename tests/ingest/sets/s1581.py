DAY = "2011-05-02"
SENTS = [
 ("American special forces killed Osama bin Laden in a raid on a compound in the Pakistani garrison town of Abbottabad.", [], ["USA ATTACKS PAK", "USA DEPLOYS_TROOPS PAK"]),
 ("Pakistan's government condemned the raid as an unauthorised unilateral action and warned Washington against any repeat.", [], ["PAK CONDEMNS USA"]),
 ("US President Barack Obama said Washington had not told Islamabad in advance because it feared the mission would be compromised.", ["person:barack-obama LEADS USA"], []),
 ("Members of Congress called for cuts to the $1.3 billion in military aid that the United States gives Pakistan each year.", [], ["USA SUPPORTS PAK"]),
 ("Prime Minister Yousuf Raza Gilani flew to Paris the next day, where he defended his country's spy agency against charges that it had sheltered the al Qaeda leader.", ["person:yousuf-raza-gilani MEETS FRA"], ["person:yousuf-raza-gilani LEADS PAK"]),
]
