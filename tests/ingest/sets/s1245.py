DAY = "2025-03-28"
SENTS = [
 ("Marco Rubio warned Venezuela on Thursday that any attack on Guyana or on ExxonMobil's operations would be a very bad day for the Maduro regime.", [], ["person:marco-rubio CONDEMNS person:nicolas-maduro", "person:marco-rubio CONDEMNS VEN"]),
 ("Rubio spoke at a news conference in Georgetown alongside President Irfaan Ali.", ["person:marco-rubio MEETS person:irfaan-ali", "person:marco-rubio MEETS GUY"], ["person:irfaan-ali LEADS GUY"]),
 ("A Venezuelan navy patrol boat had entered Guyanese waters near an offshore oil platform earlier in the month.", [], ["VEN ATTACKS GUY"]),
 ("Caracas claims the Essequibo region, which makes up two-thirds of Guyana's territory.", [], []),
 ("The United States and Guyana signed an agreement to expand security cooperation.", ["USA ALLIED_WITH GUY"], []),
]
