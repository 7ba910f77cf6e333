DAY = "1968-02-01"
SENTS = [
 ("Viet Cong commandos blasted their way into the American embassy compound in Saigon on Wednesday and held parts of it for six hours as communist forces attacked cities across South Vietnam.", [], ["VDR ATTACKS RVN", "VDR ATTACKS USA"]),
 ("North Vietnamese troops also attacked the American base at Khe Sanh.", ["VDR ATTACKS USA"], ["USA DEPLOYS_TROOPS RVN"]),
 ("General William Westmoreland said the enemy had suffered heavy losses.", [], []),
 ("President Nguyen Van Thieu declared martial law throughout South Vietnam.", [], ["person:nguyen-van-thieu LEADS RVN"]),
 ("South Korea, which has about 50,000 troops in South Vietnam, said it would send more.", ["KOR DEPLOYS_TROOPS RVN"], []),
]
