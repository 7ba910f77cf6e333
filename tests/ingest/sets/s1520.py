DAY = "2015-09-30"
SENTS = [
 ("Russian warplanes began bombing targets in Syria on Wednesday in support of President Bashar al-Assad, Moscow's first military intervention beyond the former Soviet Union in decades.", ["RUS ATTACKS SYR", "RUS SUPPORTS person:bashar-al-assad"], ["person:bashar-al-assad LEADS SYR", "RUS SUPPORTS SYR", "RUS DEPLOYS_TROOPS SYR"]),
 ("The United States said the strikes hit areas held by rebels it backs rather than Islamic State positions.", [], ["USA CONDEMNS RUS"]),
 ("Iran, which has sent military advisers to help Assad, welcomed the Russian campaign.", ["IRN DEPLOYS_TROOPS SYR", "IRN SUPPORTS RUS"], ["IRN SUPPORTS person:bashar-al-assad", "IRN SUPPORTS SYR"]),
 ("Turkey, a NATO member that wants Assad removed, said two Russian jets had violated its airspace near the Syrian border days later.", ["TUR MEMBER_OF org:NATO", "TUR CONDEMNS RUS"], ["TUR CONDEMNS person:bashar-al-assad"]),
 ("Vladimir Putin had met Barack Obama in New York two days earlier, their first formal talks in nearly a year.", ["person:vladimir-putin MEETS person:barack-obama"], []),
]
