DAY = "1941-04-14"
SENTS = [
 ("Japan and the Soviet Union signed a five-year neutrality pact in Moscow on Sunday, and Stalin came to the railway station in person to see off Foreign Minister Matsuoka.", ["person:joseph-stalin MEETS person:matsuoka"], ["JPN ALLIED_WITH SUN", "JPN MEETS SUN", "person:matsuoka MEETS SUN"]),
 ("Under the pact each side will stay neutral if the other is attacked, and Moscow recognises the territorial integrity of Manchukuo.", [], []),
 ("Chungking fears the pact will free Japanese divisions from the Manchurian frontier for the war in China.", [], ["JPN ATTACKS CHN"]),
 ("The State Department said the agreement did not change American policy of aid to China.", [], ["USA SUPPORTS CHN"]),
]
