DAY = "1958-10-24"
SENTS = [
 ("A joint communique closed the conference in Taipei on Thursday between Secretary of State Dulles and President Chiang Kai-shek.", ["person:john-foster-dulles MEETS person:chiang-kai-shek", "person:john-foster-dulles MEETS TWN"], ["person:chiang-kai-shek LEADS TWN", "USA MEETS TWN"]),
 ("The Nationalists said they would rely on the principles of Sun Yat-sen, not on force, to return to the mainland.", [], []),
 ("Peking has announced that its guns will fire on Quemoy only on odd-numbered days.", [], ["CHN ATTACKS TWN"]),
 ("American warships have escorted Nationalist supply convoys to the island since early September.", ["USA SUPPORTS TWN"], ["USA DEPLOYS_TROOPS TWN"]),
 ("About 12,000 American military personnel are stationed on Taiwan itself.", ["USA DEPLOYS_TROOPS TWN"], []),
]
