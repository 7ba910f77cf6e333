DAY = "2012-03-14"
SENTS = [
 ("The United States, the European Union and Japan filed a joint complaint at the World Trade Organization on Tuesday over China's restrictions on exports of rare earths, metals vital to electronics and weapons.", ["USA CONDEMNS CHN", "org:EU CONDEMNS CHN", "JPN CONDEMNS CHN"], []),
 ("Barack Obama said China's quotas gave its own manufacturers an unfair advantage and that Washington would not let American companies be shut out.", ["person:barack-obama CONDEMNS CHN"], []),
 ("China, which produces more than 90 percent of the world's rare earths, said its curbs were meant to protect the environment and that it would defend itself.", [], []),
 ("Japan has looked for other suppliers since Beijing briefly halted shipments to it in 2010 during a dispute over a fishing boat captain.", ["CHN SANCTIONS JPN"], ["JPN CONDEMNS CHN"]),
]
