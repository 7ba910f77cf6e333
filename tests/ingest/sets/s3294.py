DAY = "1948-09-15"
SENTS = [
 ("Indian troops and armour entered Hyderabad from three sides on Monday in what New Delhi called a police action against the Nizam's Razakar irregulars.", [], []),
 ("The Nizam's envoys, who flew to Paris last week, have put his case before the Security Council.", [], []),
 ("Pakistan's government denounced the Indian action as an attack on a friendly Muslim state and urged the Council to intervene.", ["PAK CONDEMNS IND"], []),
 ("The march began two days after the death in Karachi of Mohammed Ali Jinnah, Pakistan's first Governor-General.", [], ["person:muhammad-ali-jinnah LEADS PAK"]),
 ("Britain, whose troops left India only a year ago, urged both dominions to keep the peace.", [], []),
]
