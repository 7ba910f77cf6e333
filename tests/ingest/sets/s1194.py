DAY = "2025-11-23"
SENTS = [
 ("The G20 summit in Johannesburg adopted a leaders' declaration despite a boycott by the United States.", [], []),
 ("Trump had refused to attend, citing what he called the persecution of white farmers in South Africa.", [], ["person:donald-trump CONDEMNS ZAF"]),
 ("President Cyril Ramaphosa refused to hand over the rotating presidency to a junior US embassy official.", [], ["person:cyril-ramaphosa LEADS ZAF"]),
 ("Argentina's Javier Milei also stayed away, while China sent Premier Li Qiang.", [], ["person:javier-milei LEADS ARG", "person:li-qiang LEADS CHN"]),
 ("Li met Ramaphosa on the sidelines and pledged to expand imports of South African agricultural products.", ["person:li-qiang MEETS person:cyril-ramaphosa"], ["CHN TRADES_WITH ZAF"]),
]
