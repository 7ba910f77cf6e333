DAY = "1973-03-30"
SENTS = [
 ("The last American combat troops left South Vietnam on Thursday, ending more than a decade of direct American military involvement in the war.", [], ["USA DEPLOYS_TROOPS RVN"]),
 ("North Vietnam released the last of the American prisoners of war in Hanoi on the same day.", [], []),
 ("About 8,500 American civilians remain in South Vietnam, many of them working under contract for the Saigon government's armed forces.", [], ["USA SUPPORTS RVN"]),
 ("President Nguyen Van Thieu's government continues to receive American military aid.", ["USA SUPPORTS RVN"], ["person:nguyen-van-thieu LEADS RVN", "USA SUPPLIES_ARMS RVN", "USA SUPPORTS person:nguyen-van-thieu"]),
 ("Fighting continues in several provinces despite the ceasefire signed in Paris in January.", [], []),
]
