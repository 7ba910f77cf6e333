DAY = "2003-12-08"
SENTS = [
 ("Zimbabwe pulled out of the Commonwealth on Sunday after the group's leaders, meeting in Abuja, voted to extend its suspension indefinitely.", [], ["ZWE MEMBER_OF org:COMMONWEALTH", "org:COMMONWEALTH SANCTIONS ZWE", "org:COMMONWEALTH MEETS NGA"]),
 ("President Robert Mugabe said Zimbabwe's membership had been a one-way street and accused Britain and its white allies of ganging up against his country.", ["person:robert-mugabe LEADS ZWE", "person:robert-mugabe CONDEMNS GBR"], []),
 ("Zimbabwe was suspended last year after Mugabe's re-election in a vote that Commonwealth observers said was marred by violence.", ["ZWE MEMBER_OF org:COMMONWEALTH"], ["org:COMMONWEALTH CONDEMNS ZWE", "org:COMMONWEALTH SANCTIONS ZWE"]),
 ("South Africa's President Thabo Mbeki had argued for lifting the suspension, while Australia's John Howard pressed to keep it.", ["person:thabo-mbeki LEADS ZAF"], ["person:thabo-mbeki SUPPORTS ZWE", "person:john-howard LEADS AUS"]),
 ("Washington and Brussels have barred Mugabe and dozens of his ministers from their territory and frozen their assets abroad.", ["USA SANCTIONS person:robert-mugabe", "org:EU SANCTIONS person:robert-mugabe"], ["USA SANCTIONS ZWE", "org:EU SANCTIONS ZWE"]),
]
