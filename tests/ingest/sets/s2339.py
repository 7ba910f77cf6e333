DAY = "1995-06-17"
SENTS = [
 ("China recalled its ambassador to the United States on Friday in protest over Washington's decision to let Taiwan's President Lee Teng-hui make a private visit to Cornell University.", ["CHN CONDEMNS USA", "person:lee-teng-hui LEADS TWN"], ["person:lee-teng-hui MEETS USA", "USA SUPPORTS TWN"]),
 ("Beijing also postponed a visit by its defence minister to Washington and suspended talks on missile technology controls.", ["CHN SANCTIONS USA"], []),
 ("Lee, the first Taiwanese president to visit the United States since 1979, gave a speech at his alma mater calling for more international recognition of the island.", ["person:lee-teng-hui LEADS TWN", "person:lee-teng-hui MEETS USA"], []),
 ("The State Department had earlier assured Beijing that such a visit would not be allowed, and Congress passed a resolution urging the administration to admit him.", [], []),
 ("Chinese state media accused the United States of trying to split China and create two Chinas.", [], ["CHN CONDEMNS USA"]),
]
