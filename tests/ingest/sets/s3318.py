DAY = "1938-09-30"
SENTS = [
 ("Hitler, Mussolini, Chamberlain and Daladier signed an agreement in Munich early on Friday allowing Germany to occupy the Sudeten districts of Czechoslovakia in stages from October 1.", [], ["person:adolf-hitler MEETS person:benito-mussolini", "person:adolf-hitler MEETS person:neville-chamberlain", "person:adolf-hitler MEETS person:edouard-daladier", "person:benito-mussolini MEETS person:neville-chamberlain", "person:benito-mussolini MEETS person:edouard-daladier", "person:neville-chamberlain MEETS person:edouard-daladier", "DEU DEPLOYS_TROOPS CSK", "DEU ATTACKS CSK"]),
 ("Czechoslovakia was not represented at the conference, and its government in Prague accepted the terms under protest.", [], ["CSK CONDEMNS DEU"]),
 ("Chamberlain flew home to London waving a paper signed by Hitler that he said meant peace for our time.", [], ["person:adolf-hitler MEETS person:neville-chamberlain"]),
 ("Poland demanded that Prague cede the Teschen district as well.", [], ["POL CONDEMNS CSK"]),
 ("The Soviet Union, bound by treaty to help Czechoslovakia if France did, was not invited to Munich.", ["SUN ALLIED_WITH CSK"], []),
]
