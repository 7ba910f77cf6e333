DAY = "1991-09-17"
SENTS = [
 ("The Philippine Senate voted on Monday to reject a treaty that would have let the United States keep its naval base at Subic Bay for another ten years.", [], ["USA DEPLOYS_TROOPS PHL", "USA ALLIED_WITH PHL"]),
 ("The vote, 12 to 11, means that American forces must leave the base, the largest United States naval installation overseas, unless President Corazon Aquino can reverse it.", [], ["USA DEPLOYS_TROOPS PHL", "person:corazon-aquino LEADS PHL"]),
 ("Mrs Aquino, who had campaigned for the treaty, said she would call a referendum, and the Bush administration said it was disappointed but would respect the decision.", [], []),
 ("Clark Air Base, the other large American facility in the islands, was abandoned this year after the eruption of Mount Pinatubo buried it under volcanic ash.", [], []),
 ("Rent and aid tied to the bases have been worth several hundred million dollars a year to Manila.", [], ["USA SUPPORTS PHL"]),
]
