DAY = "2015-04-29"
SENTS = [
 ("Indonesia executed two Australian drug smugglers and six other prisoners by firing squad early on Wednesday, ignoring appeals for clemency from Canberra, Brasilia and Paris.", [], []),
 ("Prime Minister Tony Abbott recalled Australia's ambassador from Jakarta and accused Indonesia of carrying out cruel and unnecessary executions.", ["person:tony-abbott CONDEMNS IDN"], ["person:tony-abbott LEADS AUS", "AUS SANCTIONS IDN", "AUS CONDEMNS IDN"]),
 ("Australia has also suspended ministerial contacts with Indonesia, Foreign Minister Julie Bishop said.", ["AUS SANCTIONS IDN"], []),
 ("Indonesian President Joko Widodo had rejected every appeal, and Brazil's Dilma Rousseff refused to accept the credentials of Indonesia's new ambassador after a Brazilian was shot in January.", ["person:joko-widodo LEADS IDN"], ["person:dilma-rousseff LEADS BRA", "person:dilma-rousseff CONDEMNS IDN", "BRA SANCTIONS IDN"]),
 ("United Nations Secretary-General Ban Ki-moon had urged Indonesia to halt the executions.", ["person:ban-ki-moon LEADS org:UN"], ["person:ban-ki-moon CONDEMNS IDN"]),
]
