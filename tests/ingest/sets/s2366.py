DAY = "2003-09-28"
SENTS = [
 ("George W. Bush welcomed Vladimir Putin to Camp David on Saturday and pressed him to stop helping Iran build a nuclear reactor at Bushehr.", ["person:george-w-bush MEETS person:vladimir-putin", "RUS SUPPORTS IRN"], ["person:vladimir-putin MEETS USA", "person:george-w-bush CONDEMNS RUS", "person:george-w-bush CONDEMNS person:vladimir-putin", "person:vladimir-putin SUPPORTS IRN"]),
 ("Putin said Russia would halt its nuclear cooperation with Tehran if Iran did not accept tougher inspections.", [], ["RUS SUPPORTS IRN", "RUS SANCTIONS IRN", "RUS TRADES_WITH IRN"]),
 ("The two presidents also discussed Iraq, where Russia had opposed the American-led invasion.", ["RUS CONDEMNS USA"], ["USA ATTACKS IRQ", "person:george-w-bush MEETS person:vladimir-putin"]),
 ("Bush called Putin a man he could trust.", ["person:george-w-bush SUPPORTS person:vladimir-putin"], []),
 ("Putin invited Bush to visit Russia next year.", [], ["person:george-w-bush MEETS RUS", "person:vladimir-putin MEETS person:george-w-bush"]),
 ("Russia is building the reactor under an $800 million contract.", [], ["RUS TRADES_WITH IRN"]),
]
