DAY = "1963-08-06"
SENTS = [
 ("The foreign ministers of the United States, Britain and the Soviet Union signed a treaty in Moscow on Monday banning nuclear tests in the atmosphere, in outer space and under water.", [], ["USA ALLIED_WITH GBR", "USA MEETS SUN", "GBR MEETS SUN", "USA ALLIED_WITH SUN", "GBR ALLIED_WITH SUN"]),
 ("Secretary of State Dean Rusk, Foreign Secretary Lord Home and Foreign Minister Andrei Gromyko signed the document in the Kremlin, watched by Soviet Premier Nikita Khrushchev.", ["person:nikita-khrushchev LEADS SUN"], ["person:nikita-khrushchev MEETS person:dean-rusk", "person:andrei-gromyko MEETS person:dean-rusk", "person:alec-douglas-home MEETS person:dean-rusk", "person:alec-douglas-home MEETS person:andrei-gromyko", "person:andrei-gromyko MEETS person:lord-home", "person:dean-rusk MEETS person:lord-home", "person:dean-rusk MEETS SUN", "person:alec-douglas-home MEETS SUN"]),
 ("France, which exploded its first atomic bomb in the Sahara three years ago, has said it will not sign.", [], []),
 ("China denounced the treaty as a fraud designed to preserve the nuclear monopoly of the three powers.", [], ["CHN CONDEMNS USA", "CHN CONDEMNS GBR", "CHN CONDEMNS SUN"]),
 ("More than 30 countries, including India and Japan, have said they will accede to the treaty.", [], []),
]
