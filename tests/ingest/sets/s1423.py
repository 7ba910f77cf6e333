DAY = "2022-08-17"
SENTS = [
 ("The Chinese research ship Yuan Wang 5 docked at Sri Lanka's Hambantota port on Tuesday after Colombo dropped its request for a delay.", [], ["CHN DEPLOYS_TROOPS LKA"]),
 ("India had raised concerns that the vessel could track satellites and missile launches.", [], ["IND CONDEMNS CHN"]),
 ("Beijing said it was unjustified for certain countries to pressure Sri Lanka over the visit, in a thinly veiled reference to New Delhi.", [], ["CHN CONDEMNS IND"]),
 ("Hambantota was leased to a Chinese company in 2017 after Sri Lanka struggled to repay Chinese loans.", [], ["CHN SUPPORTS LKA"]),
 ("India gave Sri Lanka a Dornier maritime surveillance aircraft days earlier.", ["IND SUPPLIES_ARMS LKA"], []),
]
