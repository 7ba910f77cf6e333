DAY = "1952-04-28"
SENTS = [
 ("Japan became a sovereign state again at 10:30 tonight as the peace treaty signed at San Francisco last September came into force.", [], []),
 ("Seven hours earlier, Japan signed a separate peace treaty in Taipei with the Nationalist Government of China.", [], ["JPN MEETS TWN"]),
 ("Peking denounced the Taipei treaty as a hostile act against the Chinese people and said it would never recognize it.", [], ["CHN CONDEMNS JPN", "CHN CONDEMNS TWN"]),
 ("The occupation is over, but some 200,000 American troops will remain in Japan under the security treaty.", ["USA DEPLOYS_TROOPS JPN"], ["USA ALLIED_WITH JPN"]),
 ("The Soviet Union, which refused to sign at San Francisco, is still formally at war with Japan.", [], []),
]
