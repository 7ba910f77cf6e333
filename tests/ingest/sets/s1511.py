DAY = "2020-09-15"
SENTS = [
 ("Benjamin Netanyahu met Donald Trump in the Oval Office on Tuesday before signing agreements that established diplomatic relations between Israel and two Gulf states.", ["person:benjamin-netanyahu MEETS person:donald-trump"], ["person:benjamin-netanyahu MEETS USA"]),
 ("The United Arab Emirates and Bahrain became the third and fourth Arab states to recognise Israel, after Egypt in 1979 and Jordan in 1994.", ["ARE SUPPORTS ISR", "BHR SUPPORTS ISR"], ["EGY SUPPORTS ISR", "JOR SUPPORTS ISR"]),
 ("The Palestinian Authority condemned the deals as a betrayal and recalled its ambassadors from Abu Dhabi and Manama.", [], ["PSE CONDEMNS ARE", "PSE CONDEMNS BHR"]),
 ("Iran warned the UAE that it would bear responsibility for any consequences of Israel's presence in the Gulf.", [], ["IRN CONDEMNS ARE"]),
 ("The UAE is expected to buy F-35 fighter jets from the United States as part of the normalisation, despite Israeli objections.", [], ["USA SUPPLIES_ARMS ARE"]),
]
