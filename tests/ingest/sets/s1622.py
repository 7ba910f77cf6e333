DAY = "2022-09-02"
SENTS = [
 ("A team of inspectors from the International Atomic Energy Agency reached the Zaporizhzhia nuclear plant on Thursday after crossing the front line from Ukrainian-held territory.", [], []),
 ("Rafael Grossi, the agency's director general, said two inspectors would stay at the plant, which Russian troops have occupied since March.", [], ["RUS ATTACKS UKR", "RUS DEPLOYS_TROOPS UKR", "person:rafael-grossi LEADS org:IAEA"]),
 ("Kyiv and Moscow blame each other for shelling near the reactors.", ["UKR CONDEMNS RUS", "RUS CONDEMNS UKR"], []),
 ("Russia's Defence Ministry accused Ukrainian commandos of trying to seize the plant as the convoy approached.", ["RUS CONDEMNS UKR"], []),
 ("Grossi met Ukrainian President Volodymyr Zelensky in Kyiv on Tuesday before setting off.", ["person:rafael-grossi MEETS person:volodymyr-zelensky", "person:rafael-grossi MEETS UKR", "person:volodymyr-zelensky LEADS UKR"], []),
]
