DAY = "2016-06-24"
SENTS = [
 ("Britain voted to leave the European Union in a referendum on Thursday, and Prime Minister David Cameron announced he would resign.", [], ["GBR MEMBER_OF org:EU", "person:david-cameron LEADS GBR"]),
 ("The pound fell to its lowest level against the dollar since 1985.", [], []),
 ("European Council President Donald Tusk said the remaining 27 member states were determined to keep their unity.", ["person:donald-tusk LEADS org:EUCO"], []),
 ("German Chancellor Angela Merkel called the result a blow to Europe and to the European unification process.", ["person:angela-merkel LEADS DEU"], []),
 ("Scotland, where 62 percent voted to remain, said a second independence referendum was highly likely.", [], []),
 ("Donald Trump, who was visiting his golf resort in Scotland, praised the vote.", [], []),
]
