DAY = "2025-06-10"
SENTS = [
 ("Libyan commander Khalifa Haftar met Alexander Lukashenko in Minsk, where the two discussed military cooperation.", ["person:khalifa-haftar MEETS person:alexander-lukashenko", "person:khalifa-haftar MEETS BLR"], []),
 ("Russia has moved equipment from its bases in Syria to eastern Libya since the fall of Bashar al-Assad.", [], ["RUS DEPLOYS_TROOPS LBY"]),
 ("Haftar's forces control the east and south of the country, while the Tripoli government of Abdul Hamid Dbeibah is backed by Turkey.", ["TUR SUPPORTS LBY"], ["TUR SUPPORTS person:abdul-hamid-dbeibah", "person:abdul-hamid-dbeibah LEADS LBY"]),
 ("Turkish drones helped repel Haftar's offensive on Tripoli in 2020.", [], ["TUR SUPPORTS LBY"]),
 ("Greece has protested against a maritime deal between Ankara and Tripoli that ignores the island of Crete.", ["GRC CONDEMNS TUR"], ["TUR ALLIED_WITH LBY", "GRC CONDEMNS LBY"]),
]
