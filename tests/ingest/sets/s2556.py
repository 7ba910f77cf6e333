DAY = "2003-10-17"
SENTS = [
 ("Malaysian Prime Minister Mahathir Mohamad told a summit of Islamic leaders on Thursday that Jews ruled the world by proxy.", ["person:mahathir-mohamad LEADS MYS"], ["person:mahathir-mohamad MEETS org:OIC"]),
 ("The United States called Mahathir's remarks offensive and inflammatory.", ["USA CONDEMNS person:mahathir-mohamad"], []),
 ("Australia's prime minister, John Howard, said they were deeply offensive.", ["person:john-howard LEADS AUS"], ["person:john-howard CONDEMNS person:mahathir-mohamad"]),
 ("Mahathir, who retires at the end of the month, said he was not anti-Semitic and that the West had misread him.", [], ["person:mahathir-mohamad CONDEMNS bloc:WEST"]),
 ("Israel's foreign ministry said the speech showed how deep anti-Semitism ran in parts of the Muslim world.", [], ["ISR CONDEMNS person:mahathir-mohamad"]),
]
