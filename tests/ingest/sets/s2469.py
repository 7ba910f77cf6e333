DAY = "2010-08-20"
SENTS = [
 ("Pakistan accepted India's offer of $5 million in flood relief on Thursday, a week after New Delhi first offered the money, in a rare gesture between the rivals.", ["IND SUPPORTS PAK"], []),
 ("American military helicopters based in Afghanistan have rescued more than 6,000 people in the Swat valley, and Washington has raised its pledge of flood aid to Pakistan to $150 million.", ["USA SUPPORTS PAK"], ["USA DEPLOYS_TROOPS AFG", "USA DEPLOYS_TROOPS PAK"]),
 ("Saudi Arabia, one of Pakistan's closest allies, has given more than $100 million, making it the second-largest donor after the United States.", ["SAU SUPPORTS PAK"], ["SAU ALLIED_WITH PAK"]),
 ("President Asif Ali Zardari was criticised at home for pressing ahead with visits to France and Britain as the floods spread.", ["person:asif-ali-zardari MEETS FRA", "person:asif-ali-zardari MEETS GBR"], ["person:asif-ali-zardari LEADS PAK"]),
 ("UN Secretary-General Ban Ki-moon flew over the flooded areas with Pakistani Prime Minister Yousuf Raza Gilani and urged donors to speed up their aid.", ["person:ban-ki-moon LEADS org:UN", "person:yousuf-raza-gilani LEADS PAK"], ["person:ban-ki-moon MEETS PAK", "person:ban-ki-moon MEETS person:yousuf-raza-gilani"]),
]
