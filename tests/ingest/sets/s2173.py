DAY = "1965-01-08"
SENTS = [
 ("Indonesia announced on Thursday that it was leaving the United Nations in protest against the election of Malaysia to a seat on the Security Council.", ["MYS MEMBER_OF org:UNSC"], ["IDN MEMBER_OF org:UN", "IDN CONDEMNS MYS", "IDN CONDEMNS org:UN"]),
 ("President Sukarno has waged a campaign of confrontation against Malaysia since its formation in 1963.", [], ["person:sukarno ATTACKS MYS", "IDN ATTACKS MYS", "person:sukarno LEADS IDN"]),
 ("British and Commonwealth troops have been fighting Indonesian infiltrators in Borneo and on the Malay peninsula.", [], ["GBR ATTACKS IDN", "GBR DEPLOYS_TROOPS MYS"]),
 ("Secretary-General U Thant appealed to Sukarno to reconsider.", [], ["person:u-thant LEADS org:UN", "person:u-thant MEETS person:sukarno"]),
 ("China praised Indonesia's decision.", ["CHN SUPPORTS IDN"], []),
]
