DAY = "2024-05-24"
SENTS = [
 ("China began two days of military drills around Taiwan on Thursday, three days after Lai Ching-te was sworn in as the island's president.", [], ["CHN ATTACKS TWN", "person:lai-ching-te LEADS TWN"]),
 ("The exercises, called Joint Sword-2024A, were punishment for separatist acts, the People's Liberation Army said.", [], ["CHN CONDEMNS TWN"]),
 ("Taiwan's defence ministry condemned the drills as irrational provocation.", [], ["TWN CONDEMNS CHN"]),
 ("Washington urged Beijing to act with restraint and said it was monitoring the activity closely.", [], ["USA CONDEMNS CHN"]),
 ("The United States is Taiwan's main arms supplier and approved a 300 million dollar sale of drone systems to Taipei in February.", ["USA SUPPLIES_ARMS TWN"], []),
]
