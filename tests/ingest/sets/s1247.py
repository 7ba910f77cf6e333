DAY = "2025-08-13"
SENTS = [
 ("Mexico sent 26 alleged cartel members to the United States on Tuesday, the second mass transfer this year.", [], ["MEX SUPPORTS USA"]),
 ("President Claudia Sheinbaum has ruled out any US military operation on Mexican soil.", [], ["person:claudia-sheinbaum LEADS MEX"]),
 ("Trump designated several Mexican cartels as foreign terrorist organisations in February.", [], []),
 ("Mexico has deployed 10,000 National Guard troops to its northern border to curb migration and fentanyl trafficking.", [], []),
 ("The United States is Mexico's largest trading partner, buying about 80 percent of its exports.", ["USA TRADES_WITH MEX"]),
]
