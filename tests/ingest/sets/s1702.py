DAY = "2021-02-17"
SENTS = [
 ("Britain's media regulator revoked the licence of China's state broadcaster CGTN in the UK on Thursday, saying it was ultimately controlled by the Chinese Communist Party.", [], ["GBR SANCTIONS CHN"]),
 ("China responded a week later by banning BBC World News, accusing it of false reporting on Xinjiang and the coronavirus.", [], ["CHN SANCTIONS GBR"]),
 ("Dominic Raab called the ban an unacceptable curtailing of media freedom.", [], ["person:dominic-raab CONDEMNS CHN"]),
 ("Britain has also offered a path to citizenship to millions of Hong Kong residents, which Beijing called gross interference.", [], ["CHN CONDEMNS GBR"]),
 ("The United States said the Chinese ban was part of a wider campaign to suppress free media.", [], ["USA CONDEMNS CHN"]),
]
