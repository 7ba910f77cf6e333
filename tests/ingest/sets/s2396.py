DAY = "2011-10-17"
SENTS = [
 ("Kenyan troops backed by tanks and helicopter gunships pushed into southern Somalia on Sunday in pursuit of al-Shabaab fighters, whom Nairobi blames for a wave of kidnappings of foreigners on its soil.", ["KEN DEPLOYS_TROOPS SOM"], ["KEN ATTACKS SOM"]),
 ("Somalia's transitional president, Sharif Sheikh Ahmed, at first objected to the operation, but his government later signed a joint communique with Kenya pledging to cooperate against the militants.", ["person:sharif-sheikh-ahmed LEADS SOM"], ["person:sharif-sheikh-ahmed CONDEMNS KEN", "SOM ALLIED_WITH KEN", "KEN ALLIED_WITH SOM"]),
 ("Kenya later agreed to place its forces in Somalia under the African Union mission, which until then had been made up of Ugandan and Burundian soldiers.", ["KEN DEPLOYS_TROOPS SOM"], ["UGA DEPLOYS_TROOPS SOM", "BDI DEPLOYS_TROOPS SOM", "org:AU DEPLOYS_TROOPS SOM"]),
]
