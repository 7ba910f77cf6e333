DAY = "2025-10-11"
SENTS = [
 ("Venezuelan opposition leader María Corina Machado won the Nobel Peace Prize on Friday for her struggle for a peaceful transition from dictatorship to democracy.", [], []),
 ("Machado, who has been in hiding since the disputed election last year, dedicated the prize to the suffering people of Venezuela and to Donald Trump.", [], ["person:maria-corina-machado SUPPORTS person:donald-trump"]),
 ("The White House criticised the Norwegian Nobel Committee for putting politics over peace.", [], []),
 ("Nicolás Maduro's government closed its embassy in Oslo days later.", [], ["VEN CONDEMNS NOR"]),
 ("Washington has offered a 50 million dollar reward for information leading to Maduro's arrest.", [], ["USA CONDEMNS person:nicolas-maduro"]),
]
