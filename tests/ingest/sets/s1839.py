DAY = "2019-12-10"
SENTS = [
 ("Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin met for the first time in Paris on Monday, at talks hosted by Emmanuel Macron and Angela Merkel.", ["person:volodymyr-zelensky LEADS UKR", "person:vladimir-putin LEADS RUS", "person:volodymyr-zelensky MEETS person:vladimir-putin", "person:emmanuel-macron MEETS person:vladimir-putin", "person:emmanuel-macron MEETS person:volodymyr-zelensky", "person:angela-merkel MEETS person:vladimir-putin", "person:angela-merkel MEETS person:volodymyr-zelensky"], ["person:angela-merkel MEETS person:emmanuel-macron", "person:volodymyr-zelensky MEETS FRA", "person:vladimir-putin MEETS FRA", "person:angela-merkel MEETS FRA"]),
 ("The two leaders agreed to exchange all prisoners held in the conflict in eastern Ukraine by the end of the year and to implement a full ceasefire.", [], []),
 ("Fighting between Ukrainian forces and Russian-backed separatists has killed more than 13,000 people since 2014.", [], ["RUS SUPPORTS UKR"]),
 ("Zelensky said he had failed to make progress on regaining control of Ukraine's border with Russia.", [], []),
 ("Putin said the talks had gone well and that the four leaders would meet again in four months.", [], []),
]
