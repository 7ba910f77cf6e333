DAY = "2012-09-08"
SENTS = [
 ("Canada closed its embassy in Tehran on Friday and ordered Iranian diplomats to leave within five days, calling Iran the most significant threat to global peace and security.", ["CAN CONDEMNS IRN"], ["CAN SANCTIONS IRN"]),
 ("Foreign Minister John Baird cited Iran's military assistance to the Assad regime and its nuclear programme.", ["IRN SUPPORTS SYR"], ["IRN SUPPORTS person:bashar-al-assad", "IRN SUPPLIES_ARMS SYR", "person:john-baird CONDEMNS IRN", "CAN CONDEMNS IRN"]),
 ("Baird also said Canada was concerned about the safety of its diplomats after the storming of the British embassy in Tehran last year.", [], []),
 ("Iran's foreign ministry called the decision hostile and said it was dictated by Britain and Israel.", [], ["IRN CONDEMNS CAN", "IRN CONDEMNS GBR", "IRN CONDEMNS ISR"]),
 ("Benjamin Netanyahu, Israel's prime minister, hailed the decision as an act of moral leadership.", ["person:benjamin-netanyahu LEADS ISR"], ["person:benjamin-netanyahu SUPPORTS CAN", "ISR SUPPORTS CAN"]),
 ("Canada's interests in Iran will be represented by Italy.", [], ["ITA SUPPORTS CAN"]),
]
