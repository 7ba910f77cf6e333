DAY = "2023-09-28"
SENTS = [
 ("Germany signed a contract on Thursday to buy Israel's Arrow 3 missile defence system for about 4 billion euros, the largest arms deal in Israel's history.", ["ISR SUPPLIES_ARMS DEU"], []),
 ("Israeli Defence Minister Yoav Gallant and his German counterpart Boris Pistorius signed a letter of commitment in Berlin.", [], ["person:yoav-gallant MEETS person:boris-pistorius", "person:yoav-gallant MEETS DEU"]),
 ("The system, developed jointly by Israel and the United States, is designed to intercept ballistic missiles outside the atmosphere.", [], ["ISR ALLIED_WITH USA"]),
 ("Washington had to approve the sale because the United States financed part of the programme.", [], []),
 ("Germany is leading the European Sky Shield initiative, which more than a dozen NATO countries have joined since Russia's invasion of Ukraine.", ["RUS ATTACKS UKR"], ["DEU MEMBER_OF org:NATO"]),
]
