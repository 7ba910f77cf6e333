DAY = "2021-12-18"
SENTS = [
 ("Russia published draft treaties on Friday demanding that NATO rule out membership for Ukraine and roll back its deployments in Eastern Europe.", [], ["RUS CONDEMNS org:NATO"]),
 ("The demands came as Moscow massed about 100,000 troops near the Ukrainian border.", [], []),
 ("Deputy Foreign Minister Sergei Ryabkov said the West must give legal guarantees for Russia's security.", [], []),
 ("NATO Secretary General Jens Stoltenberg said any agreement with Russia would have to respect the right of every nation to choose its alliances.", ["person:jens-stoltenberg LEADS org:NATO"], []),
 ("The European Union warned Moscow of massive consequences and a severe cost if it attacked Ukraine.", [], ["org:EU CONDEMNS RUS"]),
]
