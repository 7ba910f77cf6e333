DAY = "2015-10-21"
SENTS = [
 ("Chinese President Xi Jinping rode in a gilded carriage with Queen Elizabeth to Buckingham Palace on Tuesday at the start of a four-day state visit that British officials hailed as the beginning of a golden era in relations.", ["person:xi-jinping LEADS CHN", "person:xi-jinping MEETS person:elizabeth-ii", "person:xi-jinping MEETS GBR"], ["person:elizabeth-ii LEADS GBR"]),
 ("Prime Minister David Cameron and Xi oversaw the signing of deals worth about 40 billion pounds, including Chinese investment in a nuclear power station at Hinkley Point in Somerset.", [], ["person:david-cameron LEADS GBR", "person:david-cameron MEETS person:xi-jinping", "CHN TRADES_WITH GBR"]),
 ("Britain was the first major Western country to join the China-led Asian Infrastructure Investment Bank, a move that angered Washington.", ["GBR MEMBER_OF org:AIIB"], ["USA CONDEMNS GBR"]),
 ("Opposition leader Jeremy Corbyn raised human rights with Xi at a state banquet, while pro-Tibet protesters lined the Mall.", ["person:jeremy-corbyn MEETS person:xi-jinping"], []),
 ("Britain is China's second-largest trading partner in the European Union after Germany.", ["CHN TRADES_WITH GBR", "CHN TRADES_WITH DEU"], ["GBR MEMBER_OF org:EU"]),
]
