DAY = "2025-07-08"
SENTS = [
 ("Poland reintroduced checks on its borders with Germany and Lithuania on Monday, responding to German controls that send some migrants back into Poland.", [], []),
 ("Donald Tusk said Poland could not accept a one-sided flow of migrants from Germany.", [], ["person:donald-tusk CONDEMNS DEU"]),
 ("Germany's interior minister said the checks were necessary to curb irregular migration.", [], []),
 ("Both countries are members of the Schengen area, where border checks are supposed to be the exception.", [], []),
 ("Germany is Poland's largest trading partner, buying more than a quarter of its exports.", ["DEU TRADES_WITH POL"]),
]
