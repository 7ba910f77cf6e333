DAY = "1946-06-14"
SENTS = [
 ("Bernard M. Baruch, the American representative, proposed to the United Nations Atomic Energy Commission today that an international authority take control of all atomic energy production.", [], ["USA MEETS org:UN"]),
 ("Mr. Baruch said the United States would give up its stock of atomic bombs once the plan was in effect and violators faced swift punishment.", [], []),
 ("Andrei Gromyko, the Soviet delegate, is expected to put forward a rival plan under which all atomic weapons would be destroyed.", [], []),
 ("Pravda charged that the American plan was designed to preserve the atomic monopoly of the United States.", [], ["SUN CONDEMNS USA"]),
 ("Britain and Canada, which helped the United States build the bomb, backed the proposal.", ["GBR SUPPORTS USA", "CAN SUPPORTS USA"], []),
]
