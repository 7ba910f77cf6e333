DAY = "2025-10-30"
SENTS = [
 ("Donald Trump and Xi Jinping agreed on Thursday to a one-year truce in their trade war after talks at an air base in Busan, South Korea, their first meeting since Trump returned to the White House.", ["person:donald-trump MEETS person:xi-jinping"], ["person:donald-trump MEETS KOR", "person:xi-jinping MEETS KOR", "USA TRADES_WITH CHN"]),
 ("Trump said Washington would cut the tariffs it imposed on Chinese goods over fentanyl to 10 percent from 20 percent.", [], ["USA SANCTIONS CHN"]),
 ("In return, Beijing will pause the sweeping export controls on rare earths it announced this month and resume purchases of American soybeans.", [], ["CHN SANCTIONS USA", "CHN TRADES_WITH USA"]),
 ("China's commerce ministry said the two sides had also agreed to suspend for a year the port fees they levy on each other's ships.", [], ["CHN SANCTIONS USA", "USA SANCTIONS CHN"]),
 ("Trump called the meeting amazing and said he would visit China in April.", [], ["person:donald-trump MEETS CHN"]),
]
