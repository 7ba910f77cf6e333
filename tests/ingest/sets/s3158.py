DAY = "2023-08-31"
SENTS = [
 ("Army officers in Gabon seized power on Wednesday, minutes after the electoral commission declared President Ali Bongo Ondimba the winner of a third term, and placed him under house arrest.", [], ["person:ali-bongo LEADS GAB"]),
 ("They named General Brice Oligui Nguema, the head of the Republican Guard and a cousin of Mr. Bongo, as transitional leader.", [], ["person:brice-oligui-nguema LEADS GAB"]),
 ("France, which keeps about 400 soldiers at a base in Libreville, condemned the takeover but said its troops would stay in their barracks.", ["FRA DEPLOYS_TROOPS GAB"], ["FRA CONDEMNS GAB"]),
 ("The Economic Community of Central African States suspended Gabon on Monday and moved its headquarters from Libreville to Malabo.", ["GAB MEMBER_OF org:ECCAS"], []),
 ("China, the largest buyer of Gabonese manganese and timber, called for Mr. Bongo's safety to be guaranteed.", ["CHN TRADES_WITH GAB"], []),
]
