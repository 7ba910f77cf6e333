DAY = "1997-07-10"
SENTS = [
 ("The Association of Southeast Asian Nations decided on Thursday to postpone Cambodia's admission, which had been due this month, because of last week's seizure of power by Hun Sen.", [], ["org:ASEAN SANCTIONS KHM", "KHM MEMBER_OF org:ASEAN", "org:ASEAN CONDEMNS person:hun-sen"]),
 ("Hun Sen's forces ousted his co-premier, Prince Norodom Ranariddh, in two days of fighting in Phnom Penh.", [], ["person:hun-sen LEADS KHM"]),
 ("Burma and Laos will still join the grouping as planned on July 23, despite American objections to the Burmese military government.", [], ["MMR MEMBER_OF org:ASEAN", "LAO MEMBER_OF org:ASEAN", "USA CONDEMNS MMR"]),
 ("The United States suspended its aid to Cambodia for a month, and Germany and Japan said they were reviewing theirs.", [], ["USA SUPPORTS KHM", "USA SANCTIONS KHM", "DEU SUPPORTS KHM", "JPN SUPPORTS KHM"]),
 ("China, which armed the Khmer Rouge for years, said the fighting was Cambodia's internal affair.", [], []),
]
