DAY = "2007-10-25"
SENTS = [
 ("Satellite images show that Syria has cleared away all traces of a building in the eastern desert that Israeli warplanes bombed on September 6.", ["ISR ATTACKS SYR"], []),
 ("American officials have said the site was a nuclear reactor that North Korea was helping Syria to build.", [], ["PRK SUPPORTS SYR"]),
 ("Damascus has denied having any nuclear programme and accused Israel of violating its airspace.", ["SYR CONDEMNS ISR"], []),
 ("North Korea condemned the Israeli raid as a dangerous provocation.", ["PRK CONDEMNS ISR"], []),
 ("Prime Minister Ehud Olmert has refused to comment on the strike, and Turkey has protested that Israeli jets dropped fuel tanks on its territory.", [], ["person:ehud-olmert LEADS ISR", "TUR CONDEMNS ISR"]),
]
