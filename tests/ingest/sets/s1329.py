DAY = "2024-12-07"
SENTS = [
 ("Romania's constitutional court annulled the first round of the presidential election on Friday after intelligence reports of a Russian-backed campaign on TikTok.", [], ["ROU CONDEMNS RUS"]),
 ("The far-right candidate Calin Georgescu had won the first round with almost 23 percent of the vote.", [], []),
 ("Moscow denied interfering in the election.", [], []),
 ("Romania hosts a NATO base at Mihail Kogalniceanu, where the alliance is building its largest base in Europe.", ["org:NATO DEPLOYS_TROOPS ROU"], ["ROU MEMBER_OF org:NATO"]),
 ("The European Commission opened proceedings against TikTok over its role in the vote.", [], []),
]
