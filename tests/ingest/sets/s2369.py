DAY = "2020-09-02"
SENTS = [
 ("Milos Vystrcil, the speaker of the Czech Senate, landed in Taipei on Sunday with a delegation of 89 politicians, businessmen and scientists, ignoring protests from Beijing.", ["person:milos-vystrcil MEETS TWN"], ["CHN CONDEMNS CZE", "CHN CONDEMNS person:milos-vystrcil"]),
 ("China's foreign minister, Wang Yi, said Vystrcil would pay a heavy price for what he called a provocative act.", [], ["person:wang-yi CONDEMNS person:milos-vystrcil", "CHN CONDEMNS person:milos-vystrcil"]),
 ("Prague summoned the Chinese ambassador over the threat, and President Milos Zeman's office said the trip had damaged Czech business interests.", ["CZE CONDEMNS CHN"], ["person:milos-zeman LEADS CZE", "person:milos-zeman CONDEMNS person:milos-vystrcil"]),
 ("Visiting Berlin on Tuesday, Wang was told by German Foreign Minister Heiko Maas that threats had no place in relations with Europe.", ["person:heiko-maas MEETS person:wang-yi", "person:wang-yi MEETS DEU"], ["person:heiko-maas CONDEMNS CHN", "person:heiko-maas CONDEMNS person:wang-yi"]),
 ("Vystrcil met President Tsai Ing-wen and told Taiwan's legislature, 'I am a Taiwanese,' in a nod to John F. Kennedy's speech in West Berlin.", ["person:milos-vystrcil MEETS person:tsai-ing-wen"], ["person:tsai-ing-wen LEADS TWN", "person:milos-vystrcil MEETS TWN"]),
]
