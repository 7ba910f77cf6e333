DAY = "2025-06-21"
SENTS = [
 ("Pakistan said it would nominate Donald Trump for the 2026 Nobel Peace Prize, crediting him with ending last month's conflict with India.", [], ["PAK SUPPORTS person:donald-trump"]),
 ("Army chief Asim Munir had lunch with Trump at the White House days earlier, a rare honour for a Pakistani military leader.", ["person:asim-munir MEETS person:donald-trump", "person:asim-munir MEETS USA"], []),
 ("New Delhi insists that the ceasefire was agreed directly between the two militaries without American mediation.", [], []),
 ("Indian missiles had struck nine sites in Pakistan and Pakistan-administered Kashmir on May 7, following a militant attack that killed 26 people in Pahalgam.", ["IND ATTACKS PAK"], []),
 ("Pakistan shot down several Indian jets in the fighting, including at least one French-made Rafale.", ["PAK ATTACKS IND", "FRA SUPPLIES_ARMS IND"], []),
]
