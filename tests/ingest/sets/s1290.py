DAY = "2025-02-07"
SENTS = [
 ("Panama will not renew its participation in China's Belt and Road Initiative, President José Raúl Mulino said after meeting Marco Rubio.", ["person:jose-raul-mulino MEETS person:marco-rubio"], ["person:jose-raul-mulino LEADS PAN"]),
 ("Rubio had warned Panama that Washington would take action if it did not reduce Chinese influence over the canal.", [], ["person:marco-rubio CONDEMNS PAN"]),
 ("Beijing expressed regret at the decision.", [], ["CHN CONDEMNS PAN"]),
 ("Panama became the first Latin American country to join the initiative in 2017, months after cutting ties with Taiwan.", [], []),
 ("Chinese companies operate two of the five ports along the canal.", [], []),
]
