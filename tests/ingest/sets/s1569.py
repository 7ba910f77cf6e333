DAY = "1998-05-13"
SENTS = [
 ("The United States imposed economic sanctions on India on Wednesday after it carried out two more nuclear tests, following three on Monday.", ["USA SANCTIONS IND"], []),
 ("Bill Clinton said India had made a terrible mistake and urged Pakistan not to respond in kind.", ["person:bill-clinton CONDEMNS IND"], []),
 ("Japan froze its grants to India, and Germany suspended development aid talks.", ["JPN SANCTIONS IND"], ["DEU SANCTIONS IND"]),
 ("Pakistan, which has fought three wars with India since 1947, carried out its own tests two weeks later.", ["PAK ATTACKS IND", "IND ATTACKS PAK"], []),
 ("China, which fought a border war with India in 1962 and is Pakistan's main military supplier, said it was seriously concerned.", ["CHN ATTACKS IND", "IND ATTACKS CHN", "CHN SUPPLIES_ARMS PAK"], []),
]
