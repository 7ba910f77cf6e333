DAY = "2018-08-21"
SENTS = [
 ("Malaysian Prime Minister Mahathir Mohamad said in Beijing on Tuesday that he would cancel a $20 billion Chinese-financed railway and two gas pipelines, saying Malaysia could not afford them.", ["person:mahathir-mohamad LEADS MYS", "person:mahathir-mohamad MEETS CHN"], ["CHN SUPPORTS MYS", "CHN TRADES_WITH MYS"]),
 ("Mahathir, who held talks with President Xi Jinping and Premier Li Keqiang during his five-day visit, warned against a new version of colonialism.", ["person:mahathir-mohamad MEETS person:xi-jinping", "person:li-keqiang MEETS person:mahathir-mohamad"], ["person:xi-jinping LEADS CHN", "person:li-keqiang LEADS CHN"]),
 ("The projects were agreed by his predecessor, Najib Razak, whom Mahathir defeated in May's election amid a corruption scandal.", [], []),
 ("China is Malaysia's largest trading partner, and Chinese companies have invested heavily in the country under the Belt and Road Initiative.", ["CHN TRADES_WITH MYS"], []),
 ("Li said China respected Malaysia's sovereignty and would welcome more Malaysian palm oil.", [], ["CHN TRADES_WITH MYS", "person:li-keqiang SUPPORTS MYS"]),
]
