DAY = "2025-11-22"
SENTS = [
 ("The COP30 climate summit in Belém, Brazil, ended with a deal that made no mention of phasing out fossil fuels.", [], []),
 ("The United States did not send an official delegation, the first time it had skipped a UN climate summit.", [], []),
 ("President Luiz Inácio Lula da Silva urged rich nations to honour their pledges of climate finance.", [], ["person:luiz-inacio-lula-da-silva LEADS BRA"]),
 ("China, the world's largest emitter, promised to cut its emissions by 7 to 10 percent from their peak by 2035.", [], []),
 ("Colombia and the Netherlands will host a conference on transitioning away from fossil fuels next year.", [], []),
]
