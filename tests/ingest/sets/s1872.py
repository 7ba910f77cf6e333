DAY = "2020-04-15"
SENTS = [
 ("President Donald Trump said on Tuesday that he was halting US funding to the World Health Organization while his administration reviews its handling of the coronavirus pandemic.", [], ["USA SANCTIONS org:WHO", "person:donald-trump LEADS USA", "person:donald-trump CONDEMNS org:WHO"]),
 ("Trump accused the agency of covering up the spread of the virus and of being too close to China.", ["person:donald-trump CONDEMNS org:WHO"], []),
 ("The United States is the WHO's largest donor, contributing more than $400 million last year.", ["USA SUPPORTS org:WHO"], []),
 ("UN Secretary-General Antonio Guterres said it was not the time to reduce resources for the organisation.", ["person:antonio-guterres LEADS org:UN"], ["person:antonio-guterres SUPPORTS org:WHO"]),
 ("China urged the United States to fulfil its obligations to the WHO.", [], ["CHN CONDEMNS USA"]),
 ("Germany's foreign minister, Heiko Maas, said blaming others would not help.", [], []),
]
