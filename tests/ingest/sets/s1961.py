DAY = "1998-09-22"
SENTS = [
 ("South African troops crossed into Lesotho on Tuesday to restore order after weeks of protests over disputed elections, and fought Lesotho soldiers at the army's headquarters in Maseru.", ["ZAF DEPLOYS_TROOPS LSO", "ZAF ATTACKS LSO"], []),
 ("Botswana said it would send troops to join the force, which is acting on behalf of the Southern African Development Community.", [], ["BWA DEPLOYS_TROOPS LSO"]),
 ("Prime Minister Pakalitha Mosisili had asked the regional bloc for help, saying a coup was under way.", [], []),
 ("South Africa's acting President Mangosuthu Buthelezi authorised the deployment while Nelson Mandela was abroad.", [], ["person:mangosuthu-buthelezi LEADS ZAF"]),
 ("Opposition leaders in Lesotho condemned the intervention as an invasion.", [], []),
]
