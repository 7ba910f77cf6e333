DAY = "2014-09-01"
SENTS = [
 ("Japan pledged 3.5 trillion yen in public and private investment in India over five years on Monday, as Prime Minister Narendra Modi held talks in Tokyo with Shinzo Abe.", ["person:narendra-modi MEETS person:shinzo-abe", "person:narendra-modi MEETS JPN"], ["person:narendra-modi LEADS IND", "JPN TRADES_WITH IND"]),
 ("The two leaders agreed to upgrade ties to a special strategic and global partnership and to speed up talks on a civil nuclear deal.", [], ["IND ALLIED_WITH JPN", "IND MEETS JPN"]),
 ("Abe hosted Modi for dinner in Kyoto on Saturday, the first stop of his visit, and the pair toured a Buddhist temple together.", ["person:shinzo-abe MEETS person:narendra-modi"], ["person:narendra-modi MEETS JPN"]),
 ("Japan also lifted sanctions it had imposed on six Indian space and defence firms after India's 1998 nuclear tests.", [], ["JPN SANCTIONS IND"]),
 ("China is India's largest trading partner, and Modi is due to host Chinese President Xi Jinping in Ahmedabad this month.", ["CHN TRADES_WITH IND", "person:xi-jinping LEADS CHN"], ["person:narendra-modi MEETS person:xi-jinping"]),
]
