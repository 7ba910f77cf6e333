DAY = "2017-11-29"
SENTS = [
 ("North Korea fired an intercontinental ballistic missile early on Wednesday that flew higher than any it had tested before, ending a pause of more than two months.", [], []),
 ("Kim Jong Un declared after the launch that his country had finally completed its state nuclear force, state media said.", [], ["person:kim-jong-un LEADS PRK"]),
 ("President Donald Trump said the United States would add major sanctions on Pyongyang, after speaking by phone with Chinese President Xi Jinping.", ["person:donald-trump MEETS person:xi-jinping", "person:xi-jinping LEADS CHN"], ["USA SANCTIONS PRK", "person:donald-trump LEADS USA"]),
 ("Japanese Prime Minister Shinzo Abe condemned North Korea's launch as a violent act that cannot be tolerated.", ["person:shinzo-abe LEADS JPN", "person:shinzo-abe CONDEMNS PRK"], []),
 ("The missile landed in the sea inside Japan's exclusive economic zone, about 250 km west of Aomori.", [], []),
 ("US Secretary of State Rex Tillerson said the world should impose additional sanctions on North Korea, including the right to interdict shipping.", [], []),
 ("Russia, which shares a short border with North Korea, said the launch was a provocative act and urged all sides to stay calm.", [], ["RUS CONDEMNS PRK"]),
]
