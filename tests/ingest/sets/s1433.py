DAY = "2015-02-12"
SENTS = [
 ("Vladimir Putin, Petro Poroshenko, Angela Merkel and Francois Hollande agreed a ceasefire in eastern Ukraine after all-night talks in Minsk on Thursday.", ["person:vladimir-putin MEETS person:petro-poroshenko", "person:vladimir-putin MEETS person:angela-merkel", "person:vladimir-putin MEETS person:francois-hollande", "person:petro-poroshenko MEETS person:angela-merkel", "person:petro-poroshenko MEETS person:francois-hollande", "person:angela-merkel MEETS person:francois-hollande"], []),
 ("Heavy weapons are to be withdrawn from the front line, and foreign troops are to leave Ukrainian territory.", [], []),
 ("Kyiv and the West accuse Russia of sending troops and weapons to the separatists, which Moscow denies.", ["UKR CONDEMNS RUS", "bloc:WEST CONDEMNS RUS"], []),
 ("Fighting continued around the town of Debaltseve, where thousands of Ukrainian soldiers were nearly encircled.", [], []),
 ("The United States is considering supplying lethal weapons to Ukraine.", [], []),
]
