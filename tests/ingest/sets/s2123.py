DAY = "1989-09-27"
SENTS = [
 ("The last Vietnamese troops left Cambodia on Tuesday, ending nearly 11 years of occupation that began when Vietnam invaded the country and overthrew the Khmer Rouge.", [], ["VNM DEPLOYS_TROOPS KHM", "VNM ATTACKS KHM"]),
 ("Prime Minister Hun Sen's government, installed by Hanoi in 1979, said it could defend itself.", [], ["VNM SUPPORTS KHM", "person:hun-sen LEADS KHM"]),
 ("Thailand accused Vietnam of leaving soldiers behind in Cambodian uniforms.", ["THA CONDEMNS VNM"], ["VNM DEPLOYS_TROOPS KHM"]),
 ("China, which arms the Khmer Rouge guerrillas, said it doubted that the withdrawal was complete.", [], []),
 ("The United States called for the withdrawal to be verified by the United Nations.", [], []),
]
