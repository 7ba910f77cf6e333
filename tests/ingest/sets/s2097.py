DAY = "1981-08-20"
SENTS = [
 ("Two American F-14 fighters from the carrier Nimitz shot down two Libyan Su-22 jets over the Gulf of Sidra on Wednesday after one of the Libyan planes fired a missile at them.", ["USA ATTACKS LBY", "LBY ATTACKS USA"], []),
 ("Libya claims the whole gulf as its territorial waters, a claim the United States rejects.", [], ["USA CONDEMNS LBY"]),
 ("Colonel Muammar Gaddafi, who was visiting Ethiopia, called the attack an act of international terrorism.", ["person:muammar-gaddafi MEETS ETH"], ["person:muammar-gaddafi LEADS LBY", "person:muammar-gaddafi CONDEMNS USA"]),
 ("President Ronald Reagan, who was on holiday in California, was told of the clash six hours after it happened.", [], ["person:ronald-reagan LEADS USA"]),
 ("The Soviet Union, Libya's main arms supplier, called the incident a provocation.", ["SUN SUPPLIES_ARMS LBY"], ["SUN CONDEMNS USA"]),
]
