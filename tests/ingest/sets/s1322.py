DAY = "2025-11-12"
SENTS = [
 ("Syria formally joined the US-led global coalition against Islamic State, the White House said after Ahmed al-Sharaa's visit to Washington.", [], ["person:ahmed-al-sharaa MEETS USA", "USA ATTACKS org:ISIS", "SYR ATTACKS org:ISIS"]),
 ("The US Treasury suspended the Caesar Act sanctions on Syria for 180 days.", [], ["USA SANCTIONS SYR"]),
 ("Al-Sharaa, whose group was once affiliated with al-Qaeda, had been on a US terrorist list until July.", [], []),
 ("The United States keeps about 1,000 troops in north-eastern Syria.", ["USA DEPLOYS_TROOPS SYR"]),
 ("Russia, which still has bases on the Syrian coast, has sought good relations with the new government.", ["RUS DEPLOYS_TROOPS SYR"], []),
]
