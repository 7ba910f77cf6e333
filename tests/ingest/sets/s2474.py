DAY = "2006-04-08"
SENTS = [
 ("The European Union suspended direct aid to the Palestinian government on Friday, saying it could not fund a cabinet led by Hamas until the group renounced violence and recognised Israel.", [], ["org:EU SANCTIONS PSE"]),
 ("The United States, which had already halted its own assistance, welcomed the move and barred American banks from dealing with the new government.", [], ["USA SANCTIONS PSE", "USA SUPPORTS org:EU"]),
 ("Russia and Iran said they would provide money to the Hamas-led government, and Tehran pledged $50 million.", [], ["RUS SUPPORTS PSE", "IRN SUPPORTS PSE", "IRN SUPPORTS org:HAMAS", "RUS SUPPORTS org:HAMAS"]),
 ("Prime Minister Ismail Haniyeh called the decision collective punishment of the Palestinian people.", [], ["person:ismail-haniyeh LEADS PSE", "person:ismail-haniyeh CONDEMNS org:EU"]),
 ("President Mahmoud Abbas, whose Fatah movement lost January's election, urged Europe to keep paying the salaries of teachers and doctors.", [], ["person:mahmoud-abbas LEADS PSE"]),
]
