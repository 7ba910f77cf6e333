DAY = "2013-11-26"
SENTS = [
 ("Two unarmed American B-52 bombers flew through China's newly declared air defence zone over the East China Sea on Tuesday without informing Beijing, defying its demand that aircraft identify themselves.", [], ["USA CONDEMNS CHN"]),
 ("China announced the zone on Saturday, covering islands that are controlled by Japan but claimed by Beijing.", [], []),
 ("Japan lodged a strong protest with China and called the move a dangerous escalation.", ["JPN CONDEMNS CHN"], []),
 ("Defense Secretary Chuck Hagel said the United States would stand by its treaty commitments to Japan, which include the defence of the disputed islands.", ["USA ALLIED_WITH JPN"], []),
 ("South Korea, whose own zone overlaps the Chinese one, expressed regret over Beijing's decision and said it had not been consulted.", ["KOR CONDEMNS CHN"], []),
 ("China's defence ministry said it had monitored the entire flight of the bombers and accused Washington of irresponsible remarks.", ["CHN CONDEMNS USA"], []),
]
