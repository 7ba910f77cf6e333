DAY = "2016-08-10"
SENTS = [
 ("Turkish President Recep Tayyip Erdogan met Vladimir Putin in St Petersburg on Tuesday, their first meeting since Turkey shot down a Russian warplane near the Syrian border last November.", ["person:recep-tayyip-erdogan LEADS TUR", "person:recep-tayyip-erdogan MEETS person:vladimir-putin", "TUR ATTACKS RUS"], ["person:recep-tayyip-erdogan MEETS RUS"]),
 ("Putin said Russia would gradually lift the sanctions it imposed on Turkish food imports and tourist trips after the incident.", [], ["RUS SANCTIONS TUR"]),
 ("The two leaders agreed to revive the TurkStream gas pipeline project.", [], ["RUS TRADES_WITH TUR"]),
 ("Erdogan, who has accused Western allies of failing to show solidarity after last month's failed coup, called Putin a dear friend.", ["person:recep-tayyip-erdogan SUPPORTS person:vladimir-putin"], ["person:recep-tayyip-erdogan CONDEMNS bloc:WEST"]),
 ("NATO said Turkey's membership of the alliance was not in question.", [], ["TUR MEMBER_OF org:NATO"]),
]
