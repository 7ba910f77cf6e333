DAY = "2014-01-27"
SENTS = [
 ("Shinzo Abe on Sunday became the first Japanese prime minister to be chief guest at India's Republic Day parade, as the two countries draw closer in the face of China's rise.", ["person:shinzo-abe MEETS IND", "person:shinzo-abe LEADS JPN"], []),
 ("Abe and Prime Minister Manmohan Singh agreed on Saturday to step up defence cooperation and to hold regular joint naval exercises.", [], ["person:shinzo-abe MEETS person:manmohan-singh", "JPN ALLIED_WITH IND", "person:manmohan-singh LEADS IND"]),
 ("Japan offered loans of about 200 billion yen for a new metro line in Delhi and other projects.", [], ["JPN SUPPORTS IND"]),
 ("The two governments are negotiating the sale of Japanese amphibious aircraft to the Indian navy.", [], ["JPN SUPPLIES_ARMS IND"]),
 ("China, which fought a border war with India in 1962, has territorial disputes with both countries.", [], ["CHN ATTACKS IND", "IND ATTACKS CHN"]),
]
