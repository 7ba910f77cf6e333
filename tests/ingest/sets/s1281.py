DAY = "2025-12-28"
SENTS = [
 ("Myanmar's military held the first phase of a general election on Sunday that opposition groups and Western governments have dismissed as a sham.", [], []),
 ("China, the junta's most important diplomatic backer, sent observers and has pressed ethnic armed groups near its border to halt their offensives.", ["CHN SUPPORTS MMR"], []),
 ("Min Aung Hlaing met Xi Jinping at the Shanghai Cooperation Organisation summit in Tianjin in August, his first visit to China since the 2021 coup.", ["person:min-aung-hlaing MEETS person:xi-jinping", "person:min-aung-hlaing MEETS CHN"], ["person:min-aung-hlaing LEADS MMR"]),
 ("Russia supplies the junta with fighter jets and helicopters.", ["RUS SUPPLIES_ARMS MMR"]),
 ("ASEAN has barred Myanmar's generals from its summits since 2021.", [], ["MMR MEMBER_OF org:ASEAN", "org:ASEAN SANCTIONS MMR"]),
]
