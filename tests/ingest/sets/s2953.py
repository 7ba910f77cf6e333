DAY = "1947-09-02"
SENTS = [
 ("Nineteen American republics signed a treaty of mutual assistance at Petropolis today, under which an armed attack on any one of them will be met as an attack on all.", [], []),
 ("President Truman flew to Rio de Janeiro for the closing session and was greeted at the airport by President Eurico Dutra.", ["person:harry-s-truman MEETS BRA", "person:harry-s-truman MEETS person:eurico-dutra"], ["person:harry-s-truman LEADS USA", "person:eurico-dutra LEADS BRA"]),
 ("Argentina signed with a reservation keeping alive its claim to the Falkland Islands, which Britain holds.", [], []),
 ("Secretary of State Marshall told the delegates that the United States could not carry Latin America's economic burdens as well as Europe's.", [], []),
 ("Nicaragua was not represented, since most of the republics have refused to recognize the regime of General Somoza.", [], []),
]
