DAY = "1984-01-11"
SENTS = [
 ("Premier Zhao Ziyang of China was welcomed to the White House by President Reagan on Tuesday at the start of a week-long tour of the United States.", ["person:zhao-ziyang MEETS person:ronald-reagan", "person:zhao-ziyang MEETS USA", "person:zhao-ziyang LEADS CHN"], ["person:ronald-reagan LEADS USA"]),
 ("Officials said accords on science, technology and industrial investment would be signed before the Chinese premier leaves.", [], []),
 ("Zhao urged Washington to reduce its arms sales to Taiwan, which Peking regards as a breakaway province.", ["USA SUPPLIES_ARMS TWN"], ["person:zhao-ziyang CONDEMNS USA"]),
 ("Mr. Reagan is due to visit Peking in April.", [], ["person:ronald-reagan MEETS CHN"]),
]
