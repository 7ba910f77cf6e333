DAY = "2017-11-16"
SENTS = [
 ("Zimbabwe's army took control of the country on Wednesday and confined President Robert Mugabe to his home in Harare, but insisted it was not staging a coup.", ["person:robert-mugabe LEADS ZWE"], []),
 ("South African President Jacob Zuma said he had spoken to Mugabe, who told him he was fine, and sent two ministers to Harare on behalf of the regional bloc.", ["person:jacob-zuma LEADS ZAF", "person:jacob-zuma MEETS person:robert-mugabe"], ["ZAF MEETS ZWE"]),
 ("The Southern African Development Community called an emergency summit in Botswana to discuss the crisis.", [], []),
 ("The African Union said it would never accept the unconstitutional seizure of power.", [], []),
 ("China, Zimbabwe's biggest investor, said it hoped the situation would be handled properly.", ["CHN TRADES_WITH ZWE"], []),
]
