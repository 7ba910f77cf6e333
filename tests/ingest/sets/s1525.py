DAY = "2012-08-30"
SENTS = [
 ("Mohamed Morsi became the first Egyptian leader to visit Iran since the 1979 revolution, attending a summit of the Non-Aligned Movement in Tehran on Thursday.", ["person:mohamed-morsi MEETS IRN"], ["person:mohamed-morsi LEADS EGY"]),
 ("In a speech to the summit, Morsi condemned the Syrian government as oppressive and called for support for the rebels.", ["person:mohamed-morsi CONDEMNS SYR"], []),
 ("The Syrian delegation walked out in protest, and Damascus accused Morsi of inciting bloodshed.", ["SYR CONDEMNS person:mohamed-morsi"], []),
 ("Iran, Syria's closest ally in the region, had hoped to use the summit to show that it was not isolated.", ["IRN ALLIED_WITH SYR"], []),
 ("UN Secretary-General Ban Ki-moon also attended and criticised Iran's leaders for questioning Israel's right to exist.", ["person:ban-ki-moon LEADS org:UN", "person:ban-ki-moon CONDEMNS IRN"], ["person:ban-ki-moon MEETS IRN"]),
]
