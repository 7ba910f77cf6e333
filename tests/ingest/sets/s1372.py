DAY = "2019-10-15"
SENTS = [
 ("Turkey launched a military offensive against Kurdish-led forces in northeastern Syria last week, days after Donald Trump withdrew US troops from the border area.", [], ["TUR ATTACKS SYR", "USA DEPLOYS_TROOPS SYR"]),
 ("Washington imposed sanctions on three Turkish ministers and raised steel tariffs on Monday.", ["USA SANCTIONS TUR"], []),
 ("The European Union condemned the incursion, and several member states including Germany and France halted arms exports to Ankara.", [], ["org:EU CONDEMNS TUR", "DEU SUPPLIES_ARMS TUR", "FRA SUPPLIES_ARMS TUR", "DEU MEMBER_OF org:EU", "FRA MEMBER_OF org:EU", "DEU SANCTIONS TUR", "FRA SANCTIONS TUR"]),
 ("The Syrian Democratic Forces, abandoned by their American allies, struck a deal with Damascus that let Syrian government troops deploy along the border.", ["org:SDF ALLIED_WITH USA"], ["org:SDF ALLIED_WITH SYR", "org:SDF MEETS SYR", "USA SUPPORTS org:SDF"]),
 ("Russian military police began patrolling between Turkish and Syrian forces near Manbij.", [], ["RUS DEPLOYS_TROOPS SYR"]),
]
