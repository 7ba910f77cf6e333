DAY = "1956-11-06"
SENTS = [
 ("British and French paratroopers landed at Port Said on Monday, a week after Israeli forces swept into the Sinai.", [], ["GBR ATTACKS EGY", "FRA ATTACKS EGY", "ISR ATTACKS EGY"]),
 ("The invasion followed Egypt's nationalisation of the Suez Canal Company in July, which Britain and France had vowed to reverse.", [], ["GBR CONDEMNS EGY", "FRA CONDEMNS EGY"]),
 ("The Soviet Union threatened to use rockets against London and Paris unless the fighting stopped.", [], ["SUN CONDEMNS GBR", "SUN CONDEMNS FRA"]),
 ("President Dwight Eisenhower, furious at not being consulted, refused to support the pound unless Britain agreed to a ceasefire.", [], ["person:dwight-eisenhower LEADS USA", "person:dwight-eisenhower CONDEMNS GBR"]),
 ("The United Nations General Assembly voted overwhelmingly for a ceasefire and for the withdrawal of British, French and Israeli forces from Egyptian territory.", [], ["GBR DEPLOYS_TROOPS EGY", "FRA DEPLOYS_TROOPS EGY", "ISR DEPLOYS_TROOPS EGY"]),
]
