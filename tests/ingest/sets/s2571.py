DAY = "2005-03-14"
SENTS = [
 ("Beijing's legislature adopted an anti-secession statute on Monday that gives the army the right to act against Taiwan should the island's government declare independence.", [], ["CHN ATTACKS TWN", "CHN CONDEMNS TWN"]),
 ("Taiwan's President Chen Shui-bian denounced Beijing's new law as a blank cheque for war and called on democracies to oppose it.", ["person:chen-shui-bian LEADS TWN", "person:chen-shui-bian CONDEMNS CHN"], ["TWN CONDEMNS CHN"]),
 ("The White House described the legislation as unhelpful and urged China to avoid steps that would raise tensions across the strait.", [], ["USA CONDEMNS CHN"]),
 ("Hundreds of thousands of people marched through Taipei two weeks later to protest against the Chinese measure.", [], ["TWN CONDEMNS CHN"]),
 ("Japan, which had named Taiwan as a shared security concern with the United States in February, said it was worried by the vote.", [], ["JPN ALLIED_WITH USA", "JPN CONDEMNS CHN"]),
]
