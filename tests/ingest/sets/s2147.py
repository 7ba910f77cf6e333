DAY = "1980-04-19"
SENTS = [
 ("Zimbabwe became independent at midnight on Thursday, ending ninety years of British rule, and Robert Mugabe was sworn in as its first prime minister.", ["person:robert-mugabe LEADS ZWE"], []),
 ("Prince Charles represented the Queen at the ceremony in Salisbury, where the British flag was lowered.", [], []),
 ("India, Pakistan and several African states immediately established diplomatic relations with the new state.", [], ["IND SUPPORTS ZWE", "PAK SUPPORTS ZWE"]),
 ("The United States promised Zimbabwe $20 million in aid this year.", [], ["USA SUPPORTS ZWE"]),
 ("Mugabe, who led the guerrilla war against the white minority government of Ian Smith, pledged reconciliation.", [], []),
]
