DAY = "1954-02-19"
SENTS = [
 ("After four weeks of talks in Berlin, the Big Four foreign ministers, Dulles, Eden, Bidault and Molotov, parted on Thursday with no agreement on Germany or Austria.", [], ["person:john-foster-dulles MEETS person:anthony-eden", "person:john-foster-dulles MEETS person:georges-bidault", "person:john-foster-dulles MEETS person:vyacheslav-molotov", "person:anthony-eden MEETS person:georges-bidault", "person:anthony-eden MEETS person:vyacheslav-molotov", "person:georges-bidault MEETS person:vyacheslav-molotov"]),
 ("They agreed only to meet again at Geneva in April, with China invited, to discuss Korea and Indochina.", [], []),
 ("Molotov's plan for a European security pact would have left the Americans outside.", [], []),
 ("Dulles told reporters that the Soviet scheme was designed to make Western Europe a Soviet satellite.", ["person:john-foster-dulles CONDEMNS SUN"], []),
 ("Chancellor Adenauer said in Bonn that the failure showed Moscow did not want German unity.", [], ["person:konrad-adenauer CONDEMNS SUN", "person:konrad-adenauer LEADS DEU"]),
]
