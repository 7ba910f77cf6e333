DAY = "2013-07-01"
SENTS = [
 ("Croatia became the 28th member of the European Union at midnight on Sunday, a decade after it applied to join.", ["HRV MEMBER_OF org:EU"], []),
 ("Tens of thousands of people celebrated in the main square of Zagreb as the EU flag was raised on the border with Serbia.", [], []),
 ("Croatia is the second former Yugoslav republic to join after Slovenia, which became a member in 2004.", [], ["SVN MEMBER_OF org:EU"]),
 ("German Chancellor Angela Merkel stayed away from the ceremony, a decision seen in Zagreb as a sign of doubts about the country's economy.", ["person:angela-merkel LEADS DEU"], []),
 ("Croatia had to leave the Central European Free Trade Agreement, which includes Serbia and Bosnia, on joining the bloc.", [], []),
]
