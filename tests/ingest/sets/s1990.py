DAY = "2012-04-20"
SENTS = [
 ("South Sudan said on Friday it would withdraw its troops from the disputed oil town of Heglig, which they seized from Sudan ten days ago.", [], ["SSD ATTACKS SDN", "SSD DEPLOYS_TROOPS SDN"]),
 ("Sudan said its army had driven the southern forces out, and its warplanes bombed the South Sudanese town of Bentiu on Monday.", ["SDN ATTACKS SSD"], []),
 ("President Omar al-Bashir vowed to liberate South Sudan from its rulers, whom he called insects.", ["person:omar-al-bashir CONDEMNS SSD"], ["person:omar-al-bashir LEADS SDN"]),
 ("The African Union and the United Nations had demanded that South Sudan leave Heglig and that Sudan stop its air strikes.", [], ["org:AU CONDEMNS SSD", "org:UN CONDEMNS SSD", "org:AU CONDEMNS SDN", "org:UN CONDEMNS SDN"]),
 ("South Sudan shut down its oil production in January in a dispute over the fees Khartoum charges for exporting the crude through its pipelines.", [], ["SSD TRADES_WITH SDN"]),
]
