DAY = "2019-10-22"
SENTS = [
 ("Vladimir Putin and Recep Tayyip Erdogan agreed in Sochi on Tuesday that Russian military police and Syrian border guards would remove Kurdish fighters from a 30-kilometre zone along the Turkish border.", ["person:recep-tayyip-erdogan MEETS person:vladimir-putin"], ["person:recep-tayyip-erdogan MEETS RUS"]),
 ("Russian and Turkish forces will then patrol a strip of the zone together.", [], ["RUS ALLIED_WITH TUR"]),
 ("The deal came hours before the end of a five-day ceasefire brokered by Vice President Mike Pence, which had halted Turkey's offensive against the Kurdish-led Syrian Democratic Forces.", ["TUR ATTACKS org:SDF"], []),
 ("The United States, which had fought Islamic State alongside the Kurdish militia, withdrew most of its troops from northern Syria this month.", ["USA ATTACKS org:ISIS"], ["USA DEPLOYS_TROOPS SYR", "USA ALLIED_WITH org:SDF", "USA SUPPORTS org:SDF"]),
 ("Moscow has kept President Bashar al-Assad in power with air strikes since 2015, while Ankara arms rebel groups opposed to him.", ["RUS SUPPORTS person:bashar-al-assad"], ["RUS SUPPORTS SYR", "person:bashar-al-assad LEADS SYR"]),
 ("Erdogan said Turkey had no intention of staying in Syria but would not allow a terror corridor on its southern border.", [], []),
]
