DAY = "2017-02-28"
SENTS = [
 ("Russia cast its seventh veto to protect the Syrian government on Tuesday, blocking a Western-backed resolution that would have imposed sanctions over the use of chemical weapons.", ["RUS VETOES SYR", "RUS SUPPORTS SYR"], []),
 ("China also voted against the draft, its sixth veto on Syria, while Bolivia joined them and Egypt, Ethiopia and Kazakhstan abstained.", ["CHN VETOES SYR"], []),
 ("The text, drafted by Britain, France and the United States, would have banned the sale of helicopters to the Syrian military and blacklisted 11 Syrian commanders.", [], ["GBR SANCTIONS SYR", "FRA SANCTIONS SYR", "USA SANCTIONS SYR"]),
 ("International investigators have found that Syrian government forces carried out at least three chlorine gas attacks in 2014 and 2015.", [], []),
 ("Russian President Vladimir Putin said earlier on Tuesday that sanctions were inappropriate while peace talks in Geneva were under way.", ["person:vladimir-putin LEADS RUS"], []),
 ("US Ambassador Nikki Haley said Russia and China had chosen to stand with a government that used chemical weapons against its own people.", ["person:nikki-haley CONDEMNS RUS", "person:nikki-haley CONDEMNS CHN"], ["RUS SUPPORTS SYR", "CHN SUPPORTS SYR"]),
]
