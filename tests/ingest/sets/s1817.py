DAY = "2020-12-25"
SENTS = [
 ("Britain and the European Union struck a post-Brexit trade deal on Thursday, averting the threat of tariffs on trade worth hundreds of billions of euros from January 1.", ["GBR TRADES_WITH org:EU"], []),
 ("Prime Minister Boris Johnson said the agreement allowed Britain to take back control of its laws and waters.", [], ["person:boris-johnson LEADS GBR"]),
 ("European Commission President Ursula von der Leyen said the deal was fair and balanced, after talks that lasted more than nine months.", ["person:ursula-von-der-leyen LEADS org:EC"], []),
 ("Johnson and von der Leyen spoke several times by phone this week to settle the final disputes over fishing rights.", ["person:boris-johnson MEETS person:ursula-von-der-leyen"], []),
 ("The European Union is Britain's largest trading partner, accounting for almost half of its exports.", ["GBR TRADES_WITH org:EU"], []),
 ("Ireland, whose economy is closely tied to Britain's, welcomed the deal.", [], ["GBR TRADES_WITH IRL", "IRL SUPPORTS GBR"]),
]
