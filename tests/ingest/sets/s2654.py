DAY = "1970-03-19"
SENTS = [
 ("Chancellor Willy Brandt of West Germany and Prime Minister Willi Stoph of East Germany met in the East German city of Erfurt on Thursday, the first meeting between the heads of government of the two German states since the country was divided.", ["person:willy-brandt LEADS DEU", "person:willi-stoph LEADS DDR", "person:willy-brandt MEETS person:willi-stoph", "person:willy-brandt MEETS DDR"], []),
 ("Crowds outside Brandt's hotel chanted his name, to the evident discomfort of their own government.", [], []),
 ("Stoph insisted that Bonn must grant East Germany full recognition under international law before relations could improve, a demand Brandt rejected.", [], []),
 ("The two leaders agreed to hold a second round of talks in the West German town of Kassel in May.", [], ["person:willi-stoph MEETS DEU", "person:willy-brandt MEETS person:willi-stoph"]),
]
