DAY = "1965-09-07"
SENTS = [
 ("Indian troops crossed the border into West Pakistan on Monday and advanced toward Lahore, widening the fighting over Kashmir into a full-scale war.", ["IND DEPLOYS_TROOPS PAK"], ["IND ATTACKS PAK"]),
 ("Pakistani aircraft bombed Indian air bases at Pathankot and Adampur in the Punjab, and Indian planes struck Sargodha.", ["PAK ATTACKS IND"], ["IND ATTACKS PAK"]),
 ("President Ayub Khan declared that Pakistan was at war with India and called on the nation to fight the aggressor.", ["person:ayub-khan LEADS PAK", "PAK ATTACKS IND", "IND ATTACKS PAK"], ["person:ayub-khan CONDEMNS IND"]),
 ("Prime Minister Lal Bahadur Shastri said India had acted in self-defence after Pakistani infiltrators entered Kashmir.", [], ["person:lal-bahadur-shastri LEADS IND", "PAK ATTACKS IND"]),
 ("The United States suspended military aid to both countries, and China accused India of aggression against Pakistan.", ["CHN CONDEMNS IND"], ["USA SANCTIONS IND", "USA SANCTIONS PAK", "USA SUPPLIES_ARMS IND", "USA SUPPLIES_ARMS PAK", "IND ATTACKS PAK"]),
 ("UN Secretary-General U Thant flew to Rawalpindi on Thursday to seek a ceasefire.", ["person:u-thant LEADS org:UN", "person:u-thant MEETS PAK"], []),
]
