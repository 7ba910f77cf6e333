DAY = "2025-09-10"
SENTS = [
 ("Ethiopia inaugurated the Grand Ethiopian Renaissance Dam on the Blue Nile on Tuesday, Africa's largest hydroelectric project.", []),
 ("Prime Minister Abiy Ahmed said the dam was not a threat to Egypt or Sudan.", [], ["person:abiy-ahmed LEADS ETH"]),
 ("Cairo has called the dam an existential threat and accused Addis Ababa of violating international law by filling the reservoir without an agreement.", ["EGY CONDEMNS ETH"]),
 ("Egypt has deepened military ties with Eritrea and Somalia, Ethiopia's rivals.", ["EGY ALLIED_WITH ERI", "EGY ALLIED_WITH SOM"], []),
 ("Egyptian troops are expected to join the African Union mission in Somalia.", [], ["EGY DEPLOYS_TROOPS SOM"]),
]
