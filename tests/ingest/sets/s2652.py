DAY = "1997-06-21"
SENTS = [
 ("Boris Yeltsin arrived in the United States on Friday to take part in the annual summit of the leading industrial democracies, which President Clinton has renamed the Summit of the Eight in his honour.", ["person:boris-yeltsin MEETS USA"], ["person:bill-clinton LEADS USA", "person:boris-yeltsin MEETS person:bill-clinton", "RUS MEMBER_OF org:G8"]),
 ("Russia will sit at the table for most of the talks in Denver but will stay out of discussions on the world economy, which remain the business of the Group of Seven.", [], ["RUS MEMBER_OF org:G8"]),
 ("Mr. Yeltsin won the invitation after agreeing last month to accept NATO's expansion into Poland, Hungary and the Czech Republic.", [], ["POL MEMBER_OF org:NATO", "HUN MEMBER_OF org:NATO", "CZE MEMBER_OF org:NATO"]),
 ("Japan, which still disputes four islands with Moscow, has been the most reluctant of the seven to bring Russia in.", [], []),
]
