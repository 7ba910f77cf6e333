DAY = "2002-03-20"
SENTS = [
 ("The Commonwealth suspended Zimbabwe from its councils for a year on Tuesday, after its observers said Robert Mugabe's re-election this month had been marred by violence and intimidation.", ["ZWE MEMBER_OF org:COMMONWEALTH"], []),
 ("The decision was taken in London by John Howard of Australia, Thabo Mbeki of South Africa and Olusegun Obasanjo of Nigeria, whom the organisation had asked to rule on its behalf.", [], ["person:john-howard LEADS AUS", "person:thabo-mbeki LEADS ZAF", "person:olusegun-obasanjo LEADS NGA", "person:john-howard MEETS person:thabo-mbeki", "person:john-howard MEETS person:olusegun-obasanjo", "person:thabo-mbeki MEETS person:olusegun-obasanjo"]),
 ("Mbeki and Obasanjo had resisted British calls for tougher action.", [], []),
 ("The European Union imposed a travel ban on Mugabe and froze his assets abroad in February after the head of its observer mission was expelled.", ["org:EU SANCTIONS person:robert-mugabe"], []),
 ("Zimbabwe's government accused Britain, Australia and New Zealand of leading a campaign to isolate the country.", ["ZWE CONDEMNS GBR", "ZWE CONDEMNS AUS", "ZWE CONDEMNS NZL"], []),
]
