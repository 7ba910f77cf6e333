DAY = "2023-10-08"
SENTS = [
 ("Israel formally declared war on Hamas on Sunday, a day after the group's fighters broke through the border fence from Gaza and killed hundreds of people in southern Israel.", ["ISR ATTACKS org:HAMAS"], ["org:HAMAS ATTACKS ISR"]),
 ("Israeli warplanes struck hundreds of targets in the Gaza Strip overnight.", [], ["ISR ATTACKS PSE"]),
 ("The United States ordered the USS Gerald R. Ford carrier strike group to the eastern Mediterranean and promised Israel additional munitions.", [], ["USA SUPPLIES_ARMS ISR", "USA SUPPORTS ISR"]),
 ("Iran's supreme leader's adviser congratulated the Palestinian fighters, while Saudi Arabia called for an immediate halt to the escalation.", [], ["IRN SUPPORTS org:HAMAS"]),
 ("Hezbollah fired rockets and shells at Israeli positions in the disputed Shebaa Farms area in what it said was a show of solidarity.", ["org:HEZBOLLAH ATTACKS ISR"], ["org:HEZBOLLAH SUPPORTS org:HAMAS"]),
 ("Egypt, which has mediated between Israel and Hamas in the past, said it was in contact with both sides.", [], ["EGY MEETS ISR", "EGY MEETS org:HAMAS"]),
]
