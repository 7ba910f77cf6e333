DAY = "2008-10-09"
SENTS = [
 ("Britain used anti-terrorism legislation on Wednesday to freeze the British assets of the collapsed Icelandic bank Landsbanki, after savers with its Icesave accounts were left unable to withdraw their money.", ["GBR SANCTIONS ISL"], []),
 ("Iceland's prime minister, Geir Haarde, called the move an unfriendly act and said his government had been treated like a terrorist organisation.", ["person:geir-haarde LEADS ISL"], ["ISL CONDEMNS GBR", "person:geir-haarde CONDEMNS GBR"]),
 ("Prime Minister Gordon Brown accused Reykjavik of failing to honour its promises to British depositors and said he would take Iceland to court if necessary.", ["person:gordon-brown CONDEMNS ISL"], ["person:gordon-brown LEADS GBR"]),
 ("Iceland's central bank said Russia had agreed in principle to lend it 4 billion euros to shore up its reserves, a request the Kremlin said it would consider favourably.", [], ["RUS SUPPORTS ISL"]),
 ("Icelandic officials have also opened talks with the International Monetary Fund about an emergency loan.", [], ["ISL MEETS org:IMF"]),
]
