DAY = "2019-03-26"
SENTS = [
 ("President Donald Trump signed a proclamation on Monday recognising Israeli sovereignty over the Golan Heights, which Israel seized from Syria in the 1967 war.", ["person:donald-trump SUPPORTS ISR"], ["person:donald-trump LEADS USA", "ISR ATTACKS SYR", "USA SUPPORTS ISR"]),
 ("Benjamin Netanyahu, standing beside Trump at the White House, called it a historic act of justice.", ["person:benjamin-netanyahu MEETS person:donald-trump", "person:benjamin-netanyahu MEETS USA"], ["person:benjamin-netanyahu SUPPORTS person:donald-trump"]),
 ("Syria condemned the decision as a flagrant attack on its sovereignty and territorial integrity.", [], ["SYR CONDEMNS USA"]),
 ("The European Union said it did not recognise Israeli sovereignty over any territory occupied since 1967.", [], []),
 ("Russia warned that the move could trigger a new wave of tension in the Middle East, and Turkey said it would take the matter to the United Nations.", [], []),
 ("Iran's foreign ministry spokesman accused Washington of trampling on international law.", ["IRN CONDEMNS USA"], []),
]
