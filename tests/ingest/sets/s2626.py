DAY = "1998-01-22"
SENTS = [
 ("Pope John Paul II landed in Havana on Wednesday and was greeted on the tarmac by Fidel Castro, in the first papal visit to Cuba since the revolution.", ["person:fidel-castro MEETS person:john-paul-ii", "person:john-paul-ii MEETS CUB"], ["person:fidel-castro LEADS CUB", "person:john-paul-ii LEADS VAT"]),
 ("John Paul has long described the United States trade embargo as unjust and ethically unacceptable.", ["person:john-paul-ii CONDEMNS USA"], ["USA SANCTIONS CUB"]),
 ("In his speech of welcome, Mr. Castro charged that Washington was trying to starve his country into submission.", ["person:fidel-castro CONDEMNS USA"], []),
 ("Washington, which has maintained the embargo since 1962, said it had no plans to lift it.", [], ["USA SANCTIONS CUB"]),
]
