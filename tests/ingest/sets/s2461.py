DAY = "2006-05-23"
SENTS = [
 ("Montenegro voted to end its union with Serbia in a referendum on Sunday, with 55.5 percent in favour, just above the threshold set by the European Union.", [], []),
 ("Montenegrin Prime Minister Milo Djukanovic, who led the independence campaign, said his country wanted to join the EU and NATO as quickly as possible.", ["person:milo-dukanovic LEADS MNE"], []),
 ("Serbian Prime Minister Vojislav Kostunica has not yet accepted the result, but President Boris Tadic said Serbia would respect it.", ["person:vojislav-kostunica LEADS SRB"], ["person:boris-tadic LEADS SRB"]),
 ("The EU's foreign policy chief, Javier Solana, who brokered the 2003 union, welcomed the peaceful vote.", [], ["person:javier-solana LEADS org:EU"]),
 ("Russia, Serbia's traditional ally, said it would respect the outcome, and Russian investors already own much of Montenegro's coast.", ["RUS ALLIED_WITH SRB"], ["MNE TRADES_WITH RUS"]),
]
