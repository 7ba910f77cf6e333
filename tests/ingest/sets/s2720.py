DAY = "1969-06-08"
SENTS = [
 ("President Nixon announced after meeting President Nguyen Van Thieu on Midway Island on Sunday that 25,000 American troops would be withdrawn from South Vietnam by the end of August.", ["person:richard-nixon MEETS person:nguyen-van-thieu"], ["person:richard-nixon LEADS USA", "person:nguyen-van-thieu LEADS RVN", "USA DEPLOYS_TROOPS RVN"]),
 ("South Vietnamese units will take over the positions the Americans leave, Mr. Thieu said.", [], []),
 ("Hanoi's delegation at the Paris peace talks called the withdrawal a trick meant to deceive American public opinion.", [], ["VDR CONDEMNS USA"]),
 ("About 540,000 American servicemen are now in Vietnam.", ["USA DEPLOYS_TROOPS VNM"], ["USA DEPLOYS_TROOPS RVN"]),
]
