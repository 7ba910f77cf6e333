DAY = "2025-10-28"
SENTS = [
 ("Javier Milei's party won a decisive victory in Argentina's midterm elections on Sunday, a result that Donald Trump celebrated as a big win for America's friend.", [], ["person:donald-trump SUPPORTS person:javier-milei"]),
 ("Washington had promised a 40 billion dollar rescue package, including a 20 billion dollar swap line, to support the peso before the vote.", [], ["USA SUPPORTS ARG"]),
 ("Scott Bessent congratulated Milei and said the United States stood ready to help Argentina.", ["person:scott-bessent SUPPORTS person:javier-milei"], []),
 ("Argentina owes the International Monetary Fund more than 40 billion dollars, the largest debt of any member.", [], ["org:IMF SUPPORTS ARG", "ARG MEMBER_OF org:IMF"]),
 ("Milei has aligned Argentina closely with Israel and the United States.", [], ["ARG ALLIED_WITH ISR", "ARG ALLIED_WITH USA"]),
]
