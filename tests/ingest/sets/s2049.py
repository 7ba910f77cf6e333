DAY = "1988-07-19"
SENTS = [
 ("Iran accepted a United Nations Security Council resolution calling for a ceasefire in its eight-year war with Iraq, in a surprise reversal announced on Monday.", [], ["IRN ATTACKS IRQ", "IRQ ATTACKS IRN"]),
 ("In a message read on state radio, Ayatollah Ruhollah Khomeini said accepting the truce was more deadly for him than taking poison.", [], ["person:ruhollah-khomeini LEADS IRN"]),
 ("Iraq said it welcomed any genuine step toward peace but accused Tehran of trying to buy time after its recent defeats.", ["IRQ CONDEMNS IRN"], []),
 ("UN Secretary-General Javier Perez de Cuellar said he would send a technical team to both capitals this week.", ["person:javier-perez-de-cuellar LEADS org:UN"], []),
 ("The decision came two weeks after the American cruiser Vincennes shot down an Iranian airliner over the Gulf, killing all 290 people on board.", [], ["USA ATTACKS IRN"]),
]
