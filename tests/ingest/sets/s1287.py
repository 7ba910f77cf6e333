DAY = "2025-09-04"
SENTS = [
 ("Marco Rubio and Claudia Sheinbaum agreed in Mexico City on Wednesday to set up a high-level group to coordinate the fight against cartels.", [], ["person:marco-rubio MEETS person:claudia-sheinbaum", "person:marco-rubio MEETS MEX"]),
 ("Sheinbaum said Mexico would cooperate with Washington but would not accept American troops on its soil.", [], []),
 ("Rubio praised Mexico's cooperation as unprecedented.", ["person:marco-rubio SUPPORTS MEX"], []),
 ("The United States struck a boat it said was carrying drugs from Venezuela the day before, killing 11 people.", [], []),
 ("Mexico has extradited dozens of cartel figures to the United States this year.", [], []),
]
