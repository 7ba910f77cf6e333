DAY = "1955-08-01"
SENTS = [
 ("China today freed the eleven American airmen it had held since the Korean war, as its ambassador opened talks with the United States in Geneva.", [], ["CHN MEETS USA"]),
 ("The American envoy, U. Alexis Johnson, and China's ambassador, Wang Ping-nan, met for an hour at the Palais des Nations.", ["person:u-alexis-johnson MEETS person:wang-ping-nan"], ["USA MEETS CHN"]),
 ("Secretary Dulles said the talks would not imply American recognition of the Peking regime.", [], []),
 ("Washington still recognizes the Nationalist Government on Formosa and keeps the Seventh Fleet in the Formosa Strait.", ["USA SUPPORTS TWN"], ["USA DEPLOYS_TROOPS TWN"]),
 ("Peking has demanded that the United States withdraw its forces from Formosa.", [], ["USA DEPLOYS_TROOPS TWN", "CHN CONDEMNS USA"]),
]
