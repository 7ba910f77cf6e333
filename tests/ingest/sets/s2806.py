DAY = "1972-10-27"
SENTS = [
 ("Henry A. Kissinger said on Thursday that peace is at hand in Vietnam, after Hanoi broadcast the outline of an agreement he had worked out in secret with Le Duc Tho in Paris.", [], ["USA MEETS VDR", "person:henry-kissinger MEETS VDR"]),
 ("The draft calls for the 32,000 American servicemen still in South Vietnam to go home within two months of a ceasefire, and for prisoners to be freed.", ["USA DEPLOYS_TROOPS RVN"], []),
 ("President Thieu has rejected the terms, saying they would allow North Vietnamese troops to stay in the South.", [], ["person:nguyen-van-thieu LEADS RVN", "VDR DEPLOYS_TROOPS RVN"]),
 ("North Vietnam's Premier Pham Van Dong accused Washington of stalling in order to keep its puppet regime in Saigon in power.", ["person:pham-van-dong LEADS VDR", "person:pham-van-dong CONDEMNS USA"], ["USA SUPPORTS RVN"]),
 ("Hanoi's principal arms suppliers, Moscow and Peking, greeted the announcement warmly.", ["SUN SUPPLIES_ARMS VDR", "CHN SUPPLIES_ARMS VDR"], []),
]
