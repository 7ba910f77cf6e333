DAY = "1955-11-23"
SENTS = [
 ("The prime ministers of Turkey, Iraq, Iran and Pakistan and Britain's Foreign Secretary, Harold Macmillan, ended the first meeting of the Baghdad Pact council on Tuesday.", [], ["TUR MEMBER_OF org:CENTO", "IRQ MEMBER_OF org:CENTO", "IRN MEMBER_OF org:CENTO", "PAK MEMBER_OF org:CENTO", "GBR MEMBER_OF org:CENTO", "TUR MEETS IRQ", "TUR MEETS IRN", "TUR MEETS PAK", "IRQ MEETS IRN", "IRQ MEETS PAK", "IRN MEETS PAK"]),
 ("The United States, which has stayed outside the pact, sent observers and agreed to join its economic and military committees.", [], ["USA MEMBER_OF org:CENTO"]),
 ("Cairo and Riyadh say the pact splits the Arab world for the benefit of the West.", [], ["EGY CONDEMNS org:CENTO", "SAU CONDEMNS org:CENTO"]),
 ("Iraq's Prime Minister, Nuri es-Said, has been the pact's chief Arab champion.", ["person:nuri-al-said LEADS IRQ"], ["person:nuri-al-said SUPPORTS org:CENTO"]),
 ("Britain joined the pact in April and keeps air bases at Habbaniya and Shaiba in Iraq.", ["GBR DEPLOYS_TROOPS IRQ"], ["GBR MEMBER_OF org:CENTO"]),
 ("Moscow lodged a protest in Tehran when the Shah took Iran into the pact.", ["SUN CONDEMNS IRN"], ["IRN MEMBER_OF org:CENTO", "person:mohammad-reza-pahlavi LEADS IRN"]),
]
