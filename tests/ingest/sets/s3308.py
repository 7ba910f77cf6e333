DAY = "1939-12-15"
SENTS = [
 ("The League of Nations expelled the Soviet Union on Thursday for its attack on Finland, the first member ever to be thrown out.", ["org:LEAGUE_OF_NATIONS CONDEMNS SUN", "SUN ATTACKS FIN"], ["org:LEAGUE_OF_NATIONS SANCTIONS SUN"]),
 ("Soviet bombers have raided Helsinki and Viipuri since the Red Army crossed the frontier on November 30.", ["SUN ATTACKS FIN"], []),
 ("Moscow refuses to deal with the government in Helsinki and recognises instead a puppet administration it set up at Terijoki under Otto Kuusinen.", [], []),
 ("Sweden, which has declared itself non-belligerent rather than neutral, is letting volunteers and arms cross to Finland.", ["SWE SUPPORTS FIN"], ["SWE SUPPLIES_ARMS FIN"]),
 ("Italy has sent Fiat fighters to the Finns.", ["ITA SUPPLIES_ARMS FIN"], []),
]
