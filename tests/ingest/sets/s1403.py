DAY = "2022-09-18"
SENTS = [
 ("Azerbaijani forces shelled towns inside Armenia on Tuesday in the worst fighting between the two countries since their 2020 war, killing more than 200 soldiers.", ["AZE ATTACKS ARM", "ARM ATTACKS AZE"], []),
 ("Armenia asked the Russian-led CSTO for help, but the bloc only sent a fact-finding mission.", [], ["ARM MEMBER_OF org:CSTO", "RUS MEMBER_OF org:CSTO"]),
 ("US House Speaker Nancy Pelosi visited Yerevan on Sunday and condemned Azerbaijan's illegal and deadly attacks.", [], ["AZE ATTACKS ARM", "person:nancy-pelosi MEETS ARM", "person:nancy-pelosi CONDEMNS AZE"]),
 ("Baku said it had responded to Armenian provocations and accused Pelosi of making unfounded claims.", ["AZE CONDEMNS ARM", "AZE CONDEMNS person:nancy-pelosi"], []),
 ("Turkey, Azerbaijan's closest ally, backed Baku's position.", ["TUR ALLIED_WITH AZE", "TUR SUPPORTS AZE"], []),
]
