DAY = "1959-05-13"
SENTS = [
 ("The Big Four foreign ministers began their Geneva talks on the German question and Berlin on Monday.", [], []),
 ("Secretary of State Christian Herter and Andrei Gromyko dined together at the Soviet villa on Tuesday.", ["person:christian-herter MEETS person:andrei-gromyko"], []),
 ("Delegations from East and West Germany sit at separate tables as advisers.", [], []),
 ("Moscow says it may leave the East German regime in charge of the routes into Berlin.", [], []),
 ("The Western garrison in the city numbers about 11,000 American, British and French soldiers.", [], []),
 ("Selwyn Lloyd came to Geneva after talks in Paris with Maurice Couve de Murville.", ["person:selwyn-lloyd MEETS person:maurice-couve-de-murville", "person:selwyn-lloyd MEETS FRA"], []),
]
