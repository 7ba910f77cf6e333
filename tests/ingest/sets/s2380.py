DAY = "2022-05-27"
SENTS = [
 ("Micronesia's president, David Panuelo, has urged Pacific leaders to reject a sweeping security and trade agreement that China wants to sign with ten island states.", ["person:david-panuelo LEADS FSM"], ["person:david-panuelo CONDEMNS CHN"]),
 ("In a letter to other leaders, Panuelo accused Beijing of seeking to control the region and said the deal would threaten regional stability.", ["person:david-panuelo CONDEMNS CHN"], []),
 ("China's foreign minister, Wang Yi, arrived in the Solomon Islands on Thursday at the start of a tour of eight Pacific nations.", ["person:wang-yi MEETS SLB"], []),
 ("Honiara's security agreement with Beijing, concluded in April, would let Chinese warships dock in the islands.", ["SLB ALLIED_WITH CHN"], []),
 ("Washington has promised to open an embassy in Honiara and has sent senior officials to the region.", [], []),
]
