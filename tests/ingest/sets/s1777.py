DAY = "2007-10-14"
SENTS = [
 ("Israeli jets destroyed a site in eastern Syria last month that American officials believe was a nuclear reactor being built with help from North Korea.", ["ISR ATTACKS SYR"], ["PRK SUPPORTS SYR"]),
 ("Syria has said the planes struck an empty military building and has denied having any nuclear programme.", [], []),
 ("President Bashar al-Assad told the BBC that Syria reserved the right to retaliate.", [], ["person:bashar-al-assad LEADS SYR"]),
 ("North Korea condemned the raid as a dangerous provocation, a rare comment on a Middle East dispute.", [], ["PRK CONDEMNS ISR"]),
 ("Israel has kept silent about the strike, and its military censor has barred local reporting.", [], []),
]
