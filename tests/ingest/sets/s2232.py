DAY = "1955-09-13"
SENTS = [
 ("West Germany and the Soviet Union agreed on Tuesday to establish diplomatic relations, ending five days of hard bargaining in Moscow between Chancellor Konrad Adenauer and Soviet leaders.", ["person:konrad-adenauer MEETS SUN"], ["DEU MEETS SUN", "DEU SUPPORTS SUN", "SUN SUPPORTS DEU", "person:konrad-adenauer LEADS DEU"]),
 ("Premier Nikolai Bulganin promised to release the last 9,626 German prisoners of war still held in Soviet camps.", [], ["person:nikolai-bulganin LEADS SUN"]),
 ("Adenauer insisted that the agreement did not mean West Germany recognized the East German government.", [], []),
 ("The United States, Britain and France, West Germany's allies, were informed of the agreement in advance.", ["USA ALLIED_WITH DEU", "GBR ALLIED_WITH DEU", "FRA ALLIED_WITH DEU"], []),
 ("West Germany joined NATO in May, and the Soviet Union responded by forming the Warsaw Pact with its East European satellites.", ["DEU MEMBER_OF org:NATO", "SUN MEMBER_OF org:WARSAW_PACT"], ["SUN CONDEMNS DEU"]),
]
