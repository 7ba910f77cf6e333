DAY = "1949-10-08"
SENTS = [
 ("The Soviet zone of Germany proclaimed itself the German Democratic Republic on Friday, with Wilhelm Pieck as President and Otto Grotewohl as Prime Minister.", ["person:wilhelm-pieck LEADS DDR", "person:otto-grotewohl LEADS DDR"], []),
 ("The Soviet Union handed its military government's administrative powers to the new state and recognized it at once.", [], ["SUN SUPPORTS DDR"]),
 ("The Western powers called the East German government a Soviet creation without any democratic basis.", ["bloc:WEST CONDEMNS DDR"], ["bloc:WEST CONDEMNS SUN"]),
 ("Chancellor Konrad Adenauer said the Federal Republic alone could speak for the German people.", [], ["person:konrad-adenauer LEADS DEU"]),
 ("Soviet troops, about 300,000 strong, remain in the eastern zone.", [], ["SUN DEPLOYS_TROOPS DDR"]),
]
