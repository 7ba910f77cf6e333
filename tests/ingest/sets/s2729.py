DAY = "1954-04-26"
SENTS = [
 ("Foreign ministers of nineteen nations, among them Secretary of State John Foster Dulles, Vyacheslav M. Molotov of the Soviet Union and Chou En-lai of Communist China, opened a conference on Korea and Indochina in Geneva on Monday.", [], ["person:zhou-enlai LEADS CHN", "person:john-foster-dulles MEETS person:vyacheslav-molotov", "person:john-foster-dulles MEETS person:zhou-enlai", "person:vyacheslav-molotov MEETS person:zhou-enlai"]),
 ("It is the first time the United States has sat at the same table with the Chinese Communists, whose government it does not recognize.", ["USA MEETS CHN"], []),
 ("Mr. Dulles told reporters he would not shake hands with Mr. Chou.", [], []),
 ("The French, whose garrison at Dien Bien Phu has been under siege by the Vietminh for six weeks, want the conference to arrange a cease-fire in Indochina.", [], ["FRA DEPLOYS_TROOPS VNM"]),
]
