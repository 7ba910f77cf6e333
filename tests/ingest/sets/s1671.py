DAY = "2020-01-11"
SENTS = [
 ("Iran admitted on Saturday that its forces had unintentionally shot down a Ukrainian airliner near Tehran, killing all 176 people on board.", [], ["IRN ATTACKS UKR"]),
 ("President Hassan Rouhani called it an unforgivable mistake, and the Revolutionary Guards said an operator had mistaken the plane for a cruise missile.", [], ["person:hassan-rouhani LEADS IRN"]),
 ("Most of the victims were Iranian or Canadian citizens, and Justin Trudeau demanded full accountability.", [], ["person:justin-trudeau CONDEMNS IRN"]),
 ("Volodymyr Zelensky said he expected Iran to punish those responsible and pay compensation.", [], ["person:volodymyr-zelensky CONDEMNS IRN"]),
 ("The plane came down hours after Iran fired missiles at two bases in Iraq housing American troops, in retaliation for the killing of General Qassem Soleimani.", ["USA DEPLOYS_TROOPS IRQ"], ["IRN ATTACKS IRQ", "IRN ATTACKS USA"]),
]
