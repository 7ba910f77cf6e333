DAY = "1952-03-11"
SENTS = [
 ("The Soviet Union offered the three Western powers on Monday a peace treaty that would reunite Germany as a neutral state with its own national army.", [], ["SUN MEETS USA", "SUN MEETS GBR", "SUN MEETS FRA"]),
 ("The note, handed to the American, British and French envoys in Moscow by Deputy Foreign Minister Andrei Gromyko, said all occupation forces should leave Germany within a year of the treaty.", [], ["USA DEPLOYS_TROOPS DEU", "GBR DEPLOYS_TROOPS DEU", "FRA DEPLOYS_TROOPS DEU", "SUN DEPLOYS_TROOPS DEU"]),
 ("Chancellor Adenauer told the Bundestag that the offer was meant to wreck the European Defence Community.", [], ["person:konrad-adenauer CONDEMNS SUN", "person:konrad-adenauer LEADS DEU"]),
 ("Western diplomats in Bonn said the three governments would insist first on free all-German elections under United Nations supervision.", [], []),
 ("In East Berlin, Premier Otto Grotewohl of the German Democratic Republic called the Soviet proposal the way to unity.", ["person:otto-grotewohl LEADS DDR"], ["person:otto-grotewohl SUPPORTS SUN", "DDR SUPPORTS SUN"]),
]
