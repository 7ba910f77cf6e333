DAY = "2019-05-17"
SENTS = [
 ("The Philippines recalled its ambassador and consuls from Canada on Thursday in protest at Ottawa's failure to take back dozens of containers of rubbish shipped to Manila years ago.", ["PHL CONDEMNS CAN"], []),
 ("Foreign Secretary Teodoro Locsin said the Philippines would keep a diminished diplomatic presence in Canada until the waste was on its way back.", [], []),
 ("President Rodrigo Duterte had threatened last month to ship the garbage to Canada himself and dump it in its waters.", [], ["person:rodrigo-duterte LEADS PHL", "person:rodrigo-duterte CONDEMNS CAN"]),
 ("Canada's environment ministry said it had hired a company to return the 69 containers by the end of June.", [], []),
 ("The containers, labelled as plastics for recycling, arrived in Manila in 2013 and 2014.", [], []),
]
