DAY = "2007-04-28"
SENTS = [
 ("Estonia moved a Soviet war memorial from the centre of Tallinn on Friday after two nights of rioting by ethnic Russian youths.", [], []),
 ("Russia's parliament called for a break in diplomatic relations with Estonia, and the Kremlin accused Tallinn of desecrating the memory of Soviet soldiers.", ["RUS CONDEMNS EST"], []),
 ("Pro-Kremlin youth activists besieged the Estonian embassy in Moscow, and Russia halted some rail shipments of oil and coal to Estonia, citing repairs.", [], ["RUS SANCTIONS EST"]),
 ("Estonian government websites were crippled by waves of cyberattacks that officials traced to computers in Russia.", [], ["RUS ATTACKS EST"]),
 ("The European Union and NATO expressed solidarity with Estonia, which joined both organisations in 2004.", ["org:EU SUPPORTS EST", "org:NATO SUPPORTS EST", "EST MEMBER_OF org:EU", "EST MEMBER_OF org:NATO"], []),
]
