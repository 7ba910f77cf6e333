DAY = "2011-05-19"
SENTS = [
 ("China pledged on Wednesday to stand by Pakistan, its all-weather friend, as Prime Minister Yousuf Raza Gilani began a four-day visit to Beijing amid strains with Washington over the killing of Osama bin Laden.", ["person:yousuf-raza-gilani MEETS CHN", "CHN SUPPORTS PAK"], ["person:yousuf-raza-gilani LEADS PAK", "PAK CONDEMNS USA", "USA CONDEMNS PAK"]),
 ("Premier Wen Jiabao told Gilani that China would always support Pakistan's sovereignty and territorial integrity.", ["person:wen-jiabao MEETS person:yousuf-raza-gilani"], ["CHN SUPPORTS PAK", "person:wen-jiabao SUPPORTS PAK", "person:wen-jiabao LEADS CHN"]),
 ("China agreed to supply Pakistan with 50 JF-17 fighter jets, which the two countries build together.", ["CHN SUPPLIES_ARMS PAK"], []),
 ("American officials have questioned how bin Laden could have lived undetected in a garrison town near Islamabad for years.", [], ["USA CONDEMNS PAK"]),
 ("Pakistan's army chief, General Ashfaq Kayani, warned that any further unilateral American raid would be met with force.", [], ["PAK CONDEMNS USA", "person:ashfaq-kayani CONDEMNS USA"]),
 ("China is Pakistan's largest arms supplier.", ["CHN SUPPLIES_ARMS PAK"], []),
]
