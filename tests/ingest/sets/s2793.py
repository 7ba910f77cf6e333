DAY = "1979-10-27"
SENTS = [
 ("President Park Chung Hee of South Korea was shot dead at a dinner on Friday night by Kim Jae Kyu, the director of the Korean Central Intelligence Agency.", ["person:park-chung-hee LEADS KOR"], []),
 ("Prime Minister Choi Kyu Hah became acting president under the constitution and declared martial law over most of the country.", [], ["person:choi-kyu-hah LEADS KOR"]),
 ("Washington cautioned Pyongyang against exploiting the turmoil; 39,000 American soldiers are stationed in the South.", ["USA DEPLOYS_TROOPS KOR"], ["USA CONDEMNS PRK"]),
 ("Secretary of State Cyrus Vance said Washington would react strongly to any attempt from outside to take advantage of the crisis.", [], []),
 ("In Tokyo, Prime Minister Masayoshi Ohira of Japan said he was deeply shocked.", ["person:masayoshi-ohira LEADS JPN"], []),
]
