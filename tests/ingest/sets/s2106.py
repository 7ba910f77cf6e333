DAY = "1973-01-28"
SENTS = [
 ("The United States, North Vietnam, South Vietnam and the Viet Cong's Provisional Revolutionary Government signed an agreement in Paris on Saturday to end the war in Vietnam.", [], ["USA MEETS VDR", "USA MEETS RVN", "VDR MEETS RVN", "USA ATTACKS VDR", "VDR ATTACKS USA", "VDR ATTACKS RVN", "RVN ATTACKS VDR"]),
 ("Secretary of State William Rogers signed for the United States and Foreign Minister Nguyen Duy Trinh for North Vietnam at the Hotel Majestic.", [], ["person:william-rogers MEETS person:nguyen-duy-trinh", "person:william-rogers MEETS VDR", "person:nguyen-duy-trinh MEETS USA"]),
 ("Under the accord, a ceasefire takes effect at midnight, and the remaining 23,000 American troops will leave South Vietnam within 60 days as North Vietnam releases American prisoners of war.", [], ["USA DEPLOYS_TROOPS RVN"]),
 ("President Richard Nixon said the agreement brought peace with honor, and President Nguyen Van Thieu of South Vietnam said his government would accept it reluctantly.", ["person:nguyen-van-thieu LEADS RVN"], ["person:richard-nixon LEADS USA"]),
 ("Chinese and Soviet officials welcomed the accord.", [], []),
]
