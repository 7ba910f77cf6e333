DAY = "2023-02-14"
SENTS = [
 ("Greece sent rescue teams and medical supplies to Turkey hours after the earthquake, despite decades of tension between the two neighbours.", ["GRC SUPPORTS TUR"], []),
 ("Armenia opened a border crossing with Turkey for the first time in 35 years to let aid trucks through.", [], ["ARM SUPPORTS TUR"]),
 ("Israel and Ukraine also dispatched search and rescue crews to southern Turkey.", ["ISR SUPPORTS TUR", "UKR SUPPORTS TUR"], []),
 ("In Syria, the government of Bashar al-Assad received planeloads of aid from the United Arab Emirates and Algeria.", ["ARE SUPPORTS SYR", "DZA SUPPORTS SYR"], []),
 ("The United States temporarily eased sanctions on Syria to speed relief.", [], ["USA SANCTIONS SYR"]),
]
