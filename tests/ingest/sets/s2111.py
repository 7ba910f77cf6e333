DAY = "1995-08-05"
SENTS = [
 ("Croatian troops captured the rebel Serb stronghold of Knin on Saturday, the second day of an offensive to retake the Krajina region, which Serbs seized in 1991.", [], []),
 ("Tens of thousands of Serb civilians fled toward Bosnia and Serbia.", [], []),
 ("Russia condemned the offensive and called for an emergency meeting of the Security Council, while the United States said Croatia had been provoked by Serb attacks on the Bihac enclave in neighbouring Bosnia.", [], ["RUS CONDEMNS HRV"]),
 ("President Franjo Tudjman of Croatia said in a radio address that the rebel Serbs could stay if they accepted Croatian rule.", ["person:franjo-tudjman LEADS HRV"], []),
 ("Croatian and Bosnian government forces had agreed in July to fight together against the Serbs under a defence pact signed in Split by Tudjman and President Alija Izetbegovic of Bosnia.", ["HRV ALLIED_WITH BIH", "person:franjo-tudjman MEETS person:alija-izetbegovic", "person:alija-izetbegovic LEADS BIH"], ["person:alija-izetbegovic MEETS HRV"]),
]
