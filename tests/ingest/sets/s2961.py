DAY = "1953-01-13"
SENTS = [
 ("Tass charged today that nine Kremlin doctors had murdered two Soviet leaders on the orders of American and British intelligence.", [], ["SUN CONDEMNS USA", "SUN CONDEMNS GBR"]),
 ("Most of the doctors were said to have been recruited through the Joint, a Jewish relief organization with its seat in New York.", [], []),
 ("Pravda said the United States and Britain were preparing a new war and sending spies into the Soviet Union.", [], ["SUN CONDEMNS USA", "SUN CONDEMNS GBR"]),
 ("The State Department called the charges a fabrication.", [], ["USA CONDEMNS SUN"]),
 ("In Tel Aviv, the Israeli Government expressed deep concern at the anti-Semitic tone of the Soviet campaign.", ["ISR CONDEMNS SUN"], []),
]
