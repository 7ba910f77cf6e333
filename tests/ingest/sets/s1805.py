DAY = "2022-05-27"
SENTS = [
 ("China and Russia vetoed a US-drafted Security Council resolution on Thursday that would have imposed new sanctions on North Korea over its ballistic missile launches.", ["CHN VETOES PRK", "RUS VETOES PRK"], []),
 ("It was the first time that any permanent member had used its veto on a North Korea sanctions resolution since the council first punished Pyongyang in 2006.", [], ["org:UNSC SANCTIONS PRK"]),
 ("The remaining 13 members of the council voted in favour of the text.", [], []),
 ("China's ambassador Zhang Jun said new sanctions would only worsen the humanitarian situation in the North.", [], []),
 ("US Ambassador Linda Thomas-Greenfield said the vetoes had emboldened Pyongyang, which has tested more than 20 ballistic missiles this year.", [], ["person:linda-thomas-greenfield CONDEMNS CHN", "person:linda-thomas-greenfield CONDEMNS RUS"]),
 ("The General Assembly will now hold a debate on the vetoes under a rule adopted last month.", [], []),
]
