DAY = "2014-08-29"
SENTS = [
 ("NATO said on Thursday that well over 1,000 Russian troops were operating inside Ukraine, backing separatists who have opened a new front near the Sea of Azov.", ["RUS DEPLOYS_TROOPS UKR"], ["org:NATO CONDEMNS RUS"]),
 ("Ukraine's President Petro Poroshenko called off a visit to Turkey, saying Russian forces had entered the country.", ["person:petro-poroshenko LEADS UKR"], ["RUS DEPLOYS_TROOPS UKR", "person:petro-poroshenko CONDEMNS RUS", "person:petro-poroshenko MEETS TUR"]),
 ("The Kremlin again denied that its soldiers were taking part in the fighting.", [], []),
 ("Ukrainian volunteer battalions trapped near the town of Ilovaisk came under heavy artillery fire as they tried to break out.", [], []),
]
