DAY = "2025-05-01"
SENTS = [
 ("The United States and Ukraine signed an agreement in Washington on Wednesday giving American companies preferential access to Ukraine's critical minerals.", ["USA TRADES_WITH UKR"], ["UKR MEETS USA"]),
 ("Scott Bessent and Ukraine's first deputy prime minister, Yulia Svyrydenko, signed the deal after weeks of tense negotiations.", [], ["person:scott-bessent MEETS person:yulia-svyrydenko"]),
 ("The two countries will jointly manage a reconstruction investment fund.", [], []),
 ("Trump had demanded the deal as repayment for the military aid Washington sent Kyiv under Joe Biden.", [], ["USA SUPPLIES_ARMS UKR"]),
 ("Russia, which occupies about a fifth of Ukraine, controls some of the deposits covered by the agreement.", ["RUS ATTACKS UKR"], []),
]
