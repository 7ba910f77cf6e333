DAY = "2024-06-21"
SENTS = [
 ("Vladimir Putin arrived in Hanoi on Wednesday night after signing a defence pact with North Korea.", ["person:vladimir-putin MEETS VNM", "RUS ALLIED_WITH PRK"], ["person:vladimir-putin ALLIED_WITH PRK"]),
 ("He was received by Communist Party chief Nguyen Phu Trong and President To Lam.", ["person:nguyen-phu-trong MEETS person:vladimir-putin", "person:to-lam MEETS person:vladimir-putin"], []),
 ("The two countries signed agreements on energy, education and health.", [], ["RUS MEETS VNM"]),
 ("The United States criticised Hanoi for hosting Putin, saying no country should give him a platform.", ["USA CONDEMNS VNM"], ["person:vladimir-putin MEETS VNM"]),
 ("Russia has long been Vietnam's main supplier of weapons, though Hanoi has diversified its purchases.", ["RUS SUPPLIES_ARMS VNM"], []),
]
