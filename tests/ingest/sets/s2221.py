DAY = "1954-07-21"
SENTS = [
 ("The conference on Indochina reached agreement in Geneva early on Wednesday to end nearly eight years of war between France and the Vietminh, dividing Vietnam at the 17th parallel.", [], ["FRA ATTACKS VDR", "VDR ATTACKS FRA"]),
 ("Premier Pierre Mendes-France of France had promised to resign if he failed to reach a settlement by July 20.", ["person:pierre-mendes-france LEADS FRA"], []),
 ("Chou En-lai, the Chinese Premier, and Foreign Minister Molotov of the Soviet Union pressed the Vietminh to accept the partition.", ["person:zhou-enlai LEADS CHN"], []),
 ("The United States refused to sign the final declaration, saying only that it would not use force to disturb the agreements.", [], []),
 ("Laos and Cambodia will become independent, and foreign troops must withdraw from both within 120 days.", [], []),
 ("Britain's Foreign Secretary Anthony Eden, who was co-chairman of the conference with Molotov, called the settlement the best that could be obtained.", [], []),
]
