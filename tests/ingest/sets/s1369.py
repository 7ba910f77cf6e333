DAY = "2024-06-26"
SENTS = [
 ("The first 400 Kenyan police officers arrived in Port-au-Prince on Tuesday to lead a multinational mission against Haiti's gangs.", ["KEN DEPLOYS_TROOPS HTI"], []),
 ("The mission was approved by the UN Security Council in October and is funded largely by the United States.", [], ["USA SUPPORTS HTI", "org:UNSC SUPPORTS HTI"]),
 ("Kenyan President William Ruto hailed the deployment during a state visit to Washington last month.", ["person:william-ruto LEADS KEN", "person:william-ruto MEETS USA"], []),
 ("Jamaica, the Bahamas, Belize and Benin have also pledged personnel.", [], ["JAM DEPLOYS_TROOPS HTI", "BHS DEPLOYS_TROOPS HTI", "BLZ DEPLOYS_TROOPS HTI", "BEN DEPLOYS_TROOPS HTI"]),
 ("A Kenyan court had ruled the deployment unconstitutional in January, delaying the force for months.", [], []),
]
