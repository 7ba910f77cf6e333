DAY = "1958-08-25"
SENTS = [
 ("Chinese Communist artillery pounded the Nationalist-held island of Quemoy with tens of thousands of shells over the weekend, killing more than 200 soldiers and civilians.", [], ["CHN ATTACKS TWN"]),
 ("Nationalist China said the bombardment was a prelude to an invasion of Taiwan and asked Washington for help.", [], ["TWN CONDEMNS CHN"]),
 ("The United States ordered the aircraft carrier Essex and four destroyers to join the Seventh Fleet in the Taiwan Strait.", [], []),
 ("Secretary of State John Foster Dulles said the United States would not abandon its commitment to defend Taiwan under the mutual defence treaty signed in 1954.", ["USA ALLIED_WITH TWN"], ["person:john-foster-dulles LEADS USA"]),
 ("Soviet Premier Nikita Khrushchev warned that an attack on the People's Republic of China would be regarded as an attack on the Soviet Union.", ["person:nikita-khrushchev LEADS SUN"], ["SUN ALLIED_WITH CHN"]),
]
