DAY = "2019-06-30"
SENTS = [
 ("Donald Trump and Xi Jinping agreed at the G20 summit in Osaka on Saturday to resume trade talks, and Trump held off imposing tariffs on a further $300 billion of Chinese goods.", ["person:donald-trump MEETS person:xi-jinping"], ["person:donald-trump MEETS JPN", "person:xi-jinping MEETS JPN", "USA SANCTIONS CHN"]),
 ("Trump also said American companies could resume selling equipment to Huawei, which the Commerce Department blacklisted in May.", [], ["USA SANCTIONS CHN"]),
 ("Japanese Prime Minister Shinzo Abe, the host, met Vladimir Putin on the sidelines but failed to make progress on the disputed Kuril islands.", ["person:shinzo-abe LEADS JPN", "person:shinzo-abe MEETS person:vladimir-putin"], ["person:vladimir-putin MEETS JPN"]),
 ("Putin told the Financial Times before the summit that Western liberalism had become obsolete.", [], []),
 ("Saudi Crown Prince Mohammed bin Salman, whom the CIA has blamed for the killing of Jamal Khashoggi, was greeted warmly by Trump.", ["person:donald-trump MEETS person:mohammed-bin-salman"], ["person:mohammed-bin-salman LEADS SAU", "USA CONDEMNS person:mohammed-bin-salman"]),
]
