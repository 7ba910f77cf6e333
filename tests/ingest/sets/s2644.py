DAY = "2009-11-18"
SENTS = [
 ("Barack Obama and Hu Jintao held talks in the Great Hall of the People on Tuesday, agreeing to cooperate on climate change and on curbing the nuclear programmes of North Korea and Iran.", ["person:barack-obama MEETS person:hu-jintao"], ["person:barack-obama MEETS CHN", "person:barack-obama CONDEMNS PRK", "person:barack-obama CONDEMNS IRN", "person:hu-jintao CONDEMNS PRK", "person:hu-jintao CONDEMNS IRN"]),
 ("Mr. Obama pressed China to let its currency rise, and Mr. Hu called for an end to American protectionism.", [], ["person:hu-jintao CONDEMNS USA", "person:barack-obama CONDEMNS CHN"]),
 ("Beijing is Washington's biggest foreign creditor.", ["CHN SUPPORTS USA"], []),
 ("The president, on his first visit to China, put off meeting the Dalai Lama until after the trip.", [], ["person:barack-obama MEETS CHN"]),
 ("Obama travelled on to South Korea on Wednesday for the last stop of his Asian tour.", ["person:barack-obama MEETS KOR"], []),
]
