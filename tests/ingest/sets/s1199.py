DAY = "2025-11-01"
SENTS = [
 ("US Defence Secretary Pete Hegseth met his Chinese counterpart, Admiral Dong Jun, in Kuala Lumpur on Friday.", ["person:pete-hegseth MEETS person:dong-jun"], ["person:pete-hegseth MEETS CHN", "person:dong-jun MEETS USA"]),
 ("The two agreed to set up military-to-military communication channels to reduce the risk of clashes.", [], []),
 ("Hegseth later flew to Hanoi, where he signed agreements on defence cooperation with Vietnam.", ["person:pete-hegseth MEETS VNM"], []),
 ("Washington has supplied Hanoi with retired coast guard cutters since the arms embargo was lifted in 2016.", ["USA SUPPLIES_ARMS VNM"], []),
 ("Vietnam still buys most of its weapons from Russia.", ["RUS SUPPLIES_ARMS VNM"]),
]
