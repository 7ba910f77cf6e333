DAY = "2002-02-22"
SENTS = [
 ("George W. Bush held talks with Jiang Zemin in Beijing on Thursday, and the two leaders disagreed in public over Taiwan, religious freedom and missile sales.", ["person:george-w-bush MEETS person:jiang-zemin"], ["person:george-w-bush MEETS CHN", "person:jiang-zemin LEADS CHN"]),
 ("Bush told Jiang that the United States would stand by its commitment to help Taiwan defend itself.", ["person:george-w-bush MEETS person:jiang-zemin"], ["USA SUPPORTS TWN", "USA ALLIED_WITH TWN"]),
 ("He also pressed China to stop selling missile technology to Pakistan and other countries.", [], ["CHN SUPPLIES_ARMS PAK", "USA CONDEMNS CHN"]),
 ("The visit came thirty years to the day after Richard Nixon's first trip to China.", [], ["person:richard-nixon MEETS CHN"]),
 ("China has supported the American campaign against the Taliban in Afghanistan since the attacks of September 11.", ["CHN SUPPORTS USA"], ["USA ATTACKS org:TALIBAN"]),
]
