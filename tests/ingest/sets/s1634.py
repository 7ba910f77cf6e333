DAY = "1999-05-09"
SENTS = [
 ("NATO missiles struck the Chinese embassy in Belgrade on Friday night, killing three Chinese journalists and wounding about 20 people.", ["org:NATO ATTACKS CHN"], ["org:NATO ATTACKS YUG"]),
 ("Thousands of protesters hurled stones at the US embassy in Beijing, and the Chinese government suspended military contacts with Washington.", [], ["CHN SANCTIONS USA", "CHN CONDEMNS USA"]),
 ("President Bill Clinton apologised for what he called a tragic mistake, saying the building had been targeted because of an outdated map.", [], ["person:bill-clinton LEADS USA"]),
 ("China demanded an apology from NATO and a full investigation, calling the bombing a barbaric act.", ["CHN CONDEMNS org:NATO"], []),
 ("Russia, which has opposed the air campaign against Yugoslavia from the start, joined China in calling for an emergency session of the Security Council.", [], ["org:NATO ATTACKS YUG", "RUS CONDEMNS org:NATO"]),
]
