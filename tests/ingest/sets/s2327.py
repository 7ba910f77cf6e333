DAY = "2013-05-06"
SENTS = [
 ("Israeli warplanes struck targets near Damascus early on Sunday, the second raid in three days, aimed at Iranian-made missiles bound for Hezbollah.", ["ISR ATTACKS SYR", "IRN SUPPLIES_ARMS org:HEZBOLLAH"], ["ISR ATTACKS org:HEZBOLLAH"]),
 ("The Syrian government called the strikes a declaration of war and accused Israel of helping the rebels.", ["SYR CONDEMNS ISR"], []),
 ("Iran, Syria's closest ally in the region, warned of a crushing response.", ["IRN ALLIED_WITH SYR"], ["IRN CONDEMNS ISR"]),
 ("The Arab League condemned the strikes, and Egypt called them a violation of international law.", [], ["org:ARAB_LEAGUE CONDEMNS ISR", "EGY CONDEMNS ISR"]),
 ("Russia, which has supplied the Syrian army for decades, is reportedly preparing to deliver advanced S-300 air defence systems to Damascus.", ["RUS SUPPLIES_ARMS SYR"], []),
 ("Israel has said it would act to prevent sophisticated weapons from reaching Hezbollah, which fought a month-long war with Israel in 2006.", ["org:HEZBOLLAH ATTACKS ISR"], ["ISR ATTACKS org:HEZBOLLAH"]),
]
