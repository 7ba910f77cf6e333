DAY = "1989-10-08"
SENTS = [
 ("Mikhail Gorbachev joined Erich Honecker in East Berlin on Saturday for the 40th anniversary of East Germany, and told him that those who are late will be punished by life.", ["person:mikhail-gorbachev MEETS person:erich-honecker", "person:mikhail-gorbachev MEETS DDR"], []),
 ("Crowds along the route of the parade chanted 'Gorby, help us', and police broke up a march of several thousand people that night.", [], []),
 ("Honecker, who has refused to follow Moscow's reforms, praised the Soviet Union as East Germany's closest friend and ally.", ["person:erich-honecker SUPPORTS SUN", "DDR ALLIED_WITH SUN"], ["person:erich-honecker LEADS DDR"]),
 ("Thousands of East Germans have fled to the West through Hungary since Budapest opened its border with Austria in September.", [], []),
]
