DAY = "1946-01-20"
SENTS = [
 ("Iran asked the Security Council on Saturday to investigate Soviet interference in its internal affairs in the northern province of Azerbaijan.", ["IRN CONDEMNS SUN"], ["IRN MEETS org:UNSC"]),
 ("The Iranian delegate, Hassan Taqizadeh, told the Council in London that Soviet troops had stopped Iranian forces from entering the province.", [], ["person:hassan-taqizadeh CONDEMNS SUN", "SUN DEPLOYS_TROOPS IRN"]),
 ("Andrei Vyshinsky, for the Soviet Union, answered that the complaint was a slander and that the matter should be settled by direct talks.", [], ["person:andrei-vyshinsky CONDEMNS IRN"]),
 ("The last British and American soldiers left Iran before the New Year.", ["GBR DEPLOYS_TROOPS IRN", "USA DEPLOYS_TROOPS IRN"], []),
 ("The Soviet Union says its troops will stay until March 2 under the 1942 treaty.", [], ["SUN DEPLOYS_TROOPS IRN"]),
]
