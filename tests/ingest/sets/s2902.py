DAY = "1958-11-28"
SENTS = [
 ("Premier Khrushchev gave the Western powers six months on Thursday to turn West Berlin into a demilitarised free city, failing which the Soviet Union would hand its powers over the access routes to the East German regime.", [], ["person:nikita-khrushchev LEADS SUN"]),
 ("In notes delivered in Washington, London and Paris, Moscow declared the wartime agreements on the occupation of Berlin null and void.", [], ["SUN MEETS USA", "SUN MEETS GBR", "SUN MEETS FRA"]),
 ("Washington, London and Paris replied within hours that they would keep faith with the two million people of West Berlin.", [], ["USA SUPPORTS DEU", "GBR SUPPORTS DEU", "FRA SUPPORTS DEU"]),
 ("Chancellor Adenauer described the Soviet proposal as a first step towards swallowing the whole city.", ["person:konrad-adenauer CONDEMNS SUN"], ["person:konrad-adenauer LEADS DEU"]),
 ("West Berlin is held by three Western garrisons with a combined strength of some 11,000 men, American, British and French.", ["USA DEPLOYS_TROOPS DEU", "GBR DEPLOYS_TROOPS DEU", "FRA DEPLOYS_TROOPS DEU"], []),
]
