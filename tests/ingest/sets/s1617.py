DAY = "2024-12-24"
SENTS = [
 ("Bangladesh has formally asked India to send back Sheikh Hasina, the former prime minister who fled to New Delhi in August after weeks of deadly protests.", [], ["person:sheikh-hasina MEETS IND"]),
 ("The interim government led by Nobel laureate Muhammad Yunus wants her to stand trial for crimes against humanity over the killing of protesters.", [], ["person:muhammad-yunus LEADS BGD"]),
 ("India's foreign ministry confirmed it had received a diplomatic note but declined to comment further.", [], []),
 ("Relations between the neighbours have soured since her fall, with Dhaka accusing Indian media of spreading false reports about attacks on Hindus.", [], ["BGD CONDEMNS IND"]),
 ("Yunus has meanwhile sought closer ties with China and Pakistan.", [], []),
]
