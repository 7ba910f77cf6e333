DAY = "1945-07-18"
SENTS = [
 ("President Truman, Prime Minister Churchill and Generalissimo Stalin opened their conference at Potsdam, outside Berlin, on Tuesday.", [], ["person:harry-s-truman MEETS person:winston-churchill", "person:harry-s-truman MEETS person:joseph-stalin", "person:winston-churchill MEETS person:joseph-stalin", "person:harry-s-truman MEETS DEU", "person:winston-churchill MEETS DEU", "person:joseph-stalin MEETS DEU"]),
 ("Mr. Truman had called on Mr. Churchill at his villa in Babelsberg on Monday before the talks began.", ["person:harry-s-truman MEETS person:winston-churchill"], []),
 ("Stalin arrived a day late, reportedly after a mild heart attack.", [], []),
 ("The Big Three are expected to settle the occupation of Germany, reparations and the western frontier of Poland.", [], []),
 ("The Red Army holds all of Germany east of the Elbe and the Saale.", ["SUN DEPLOYS_TROOPS DEU"], []),
]
