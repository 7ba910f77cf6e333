DAY = "1986-05-06"
SENTS = [
 ("The Group of Seven leaders, meeting in Tokyo, named Libya on Monday as a sponsor of international terrorism and agreed to tighten restrictions on its diplomats.", ["org:G7 CONDEMNS LBY"], ["org:G7 MEETS JPN", "org:G7 SANCTIONS LBY"]),
 ("The statement was a victory for President Reagan, whose warplanes bombed Tripoli and Benghazi last month.", ["USA ATTACKS LBY"], ["person:ronald-reagan LEADS USA"]),
 ("Prime Minister Yasuhiro Nakasone, the host, also won agreement on a statement about the Soviet nuclear accident at Chernobyl.", [], ["person:yasuhiro-nakasone LEADS JPN"]),
 ("Italy, which buys much of its oil from Libya, had resisted naming Colonel Qaddafi's government.", ["ITA TRADES_WITH LBY"], []),
]
