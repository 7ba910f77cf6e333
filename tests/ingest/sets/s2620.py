DAY = "1991-03-15"
SENTS = [
 ("President Bush and President Francois Mitterrand met on the French island of Martinique on Thursday, their first talks since the allied victory over Iraq.", ["person:george-h-w-bush MEETS person:francois-mitterrand"], ["person:george-h-w-bush LEADS USA", "person:francois-mitterrand LEADS FRA", "person:george-h-w-bush MEETS FRA"]),
 ("Mr. Bush and Mr. Mitterrand agreed that the sanctions imposed after the invasion of Kuwait should stay in place as long as Saddam Hussein remained in power.", [], ["person:george-h-w-bush MEETS person:francois-mitterrand"]),
 ("France sent some 12,000 troops to Saudi Arabia for the war, the third-largest Western contingent after those of the United States and Britain.", ["FRA DEPLOYS_TROOPS SAU"], ["USA DEPLOYS_TROOPS SAU", "GBR DEPLOYS_TROOPS SAU"]),
 ("Mr. Mitterrand also pressed Mr. Bush to convene an international conference on the Middle East, an idea Washington has long resisted.", [], ["person:francois-mitterrand MEETS person:george-h-w-bush"]),
]
