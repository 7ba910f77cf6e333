DAY = "2025-09-10"
SENTS = [
 ("Israel carried out an air strike in Doha on Tuesday targeting senior Hamas leaders gathered to discuss a US ceasefire proposal.", ["ISR ATTACKS org:HAMAS"], ["ISR ATTACKS QAT"]),
 ("Qatar, which hosts the largest US military base in the Middle East, denounced the attack as a flagrant violation of its sovereignty.", ["QAT CONDEMNS ISR"], ["USA DEPLOYS_TROOPS QAT"]),
 ("Saudi Arabia, the United Arab Emirates and Egypt also condemned Israel.", ["SAU CONDEMNS ISR", "ARE CONDEMNS ISR", "EGY CONDEMNS ISR"]),
 ("The emir, Sheikh Tamim bin Hamad Al Thani, received a call from Donald Trump hours later.", ["person:tamim-bin-hamad-al-thani MEETS person:donald-trump"], ["person:tamim-bin-hamad-al-thani LEADS QAT"]),
 ("Weeks later Netanyahu apologised to Qatar's prime minister in a call from the White House.", [], []),
]
