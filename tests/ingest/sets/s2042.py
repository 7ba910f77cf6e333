DAY = "1971-12-10"
SENTS = [
 ("Indian troops advanced on Dacca from three directions on Thursday as Indian warplanes and warships pounded targets in East Pakistan and the port of Karachi.", ["IND ATTACKS PAK"], ["IND DEPLOYS_TROOPS PAK"]),
 ("The Soviet Union vetoed a third Security Council resolution calling for a ceasefire and the withdrawal of Indian forces.", [], ["SUN VETOES IND", "SUN SUPPORTS IND", "IND DEPLOYS_TROOPS PAK"]),
 ("China accused India of aggression and said it firmly supported Pakistan in its struggle against foreign interference.", ["CHN CONDEMNS IND", "CHN SUPPORTS PAK"], []),
 ("President Richard Nixon has suspended 87.6 million dollars in economic aid to India.", [], ["person:richard-nixon LEADS USA", "person:richard-nixon SANCTIONS IND", "USA SANCTIONS IND", "USA SUPPORTS IND"]),
 ("A task force of the Seventh Fleet led by the aircraft carrier Enterprise has been ordered to sail toward the Bay of Bengal.", [], []),
 ("Prime Minister Indira Gandhi told parliament that India had recognised Bangladesh as an independent state.", ["person:indira-gandhi LEADS IND"], ["IND SUPPORTS BGD"]),
]
