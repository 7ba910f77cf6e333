DAY = "1965-05-14"
SENTS = [
 ("Israel and West Germany exchanged letters on Wednesday opening diplomatic ties after months of secret bargaining.", [], ["DEU SUPPORTS ISR", "ISR SUPPORTS DEU", "DEU MEETS ISR"]),
 ("Bonn had angered Cairo by shipping tanks to Israel under a secret arrangement with Washington, which it halted in February.", ["DEU SUPPLIES_ARMS ISR"], ["EGY CONDEMNS DEU"]),
 ("Egypt and nine other Arab governments severed ties with Bonn in protest.", ["EGY CONDEMNS DEU"], []),
 ("President Nasser had received the East German leader, Walter Ulbricht, in Cairo in February.", ["person:gamal-abdel-nasser MEETS person:walter-ulbricht", "person:walter-ulbricht MEETS EGY", "person:walter-ulbricht LEADS DDR"], ["person:gamal-abdel-nasser LEADS EGY", "DDR MEETS EGY"]),
 ("Chancellor Ludwig Erhard said Bonn would cut off economic aid to any state that recognized East Germany.", [], ["person:ludwig-erhard LEADS DEU"]),
]
