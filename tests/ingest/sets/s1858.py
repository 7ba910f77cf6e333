DAY = "1950-06-27"
SENTS = [
 ("President Harry Truman ordered American air and naval forces on Tuesday to give South Korean troops cover and support, two days after North Korean forces invaded the South.", ["USA DEPLOYS_TROOPS KOR", "PRK ATTACKS KOR"], ["person:harry-s-truman LEADS USA", "USA SUPPORTS KOR", "person:harry-s-truman SUPPORTS KOR"]),
 ("The Security Council, meeting without the Soviet delegate, who has boycotted its sessions since January, called on UN members to furnish such assistance to South Korea as may be necessary to repel the armed attack.", [], ["org:UNSC SUPPORTS KOR"]),
 ("Truman also ordered the Seventh Fleet to prevent any attack on Formosa and said US forces in the Philippines would be strengthened.", [], ["USA DEPLOYS_TROOPS TWN", "USA DEPLOYS_TROOPS PHL"]),
 ("In Moscow, the Soviet government blamed the South Korean authorities for provoking the fighting.", ["SUN CONDEMNS KOR"], []),
 ("Britain said it would place its naval forces in Japanese waters at the disposal of the United States to support South Korea.", [], ["GBR SUPPORTS KOR", "GBR DEPLOYS_TROOPS KOR", "GBR SUPPORTS USA"]),
 ("North Korean tanks entered Seoul early on Wednesday as South Korean troops retreated south of the Han River.", [], ["PRK ATTACKS KOR", "PRK DEPLOYS_TROOPS KOR"]),
]
