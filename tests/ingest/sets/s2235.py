DAY = "1964-05-27"
SENTS = [
 ("Jawaharlal Nehru, India's prime minister since independence in 1947, died in New Delhi on Wednesday of a heart attack at the age of 74.", ["person:jawaharlal-nehru LEADS IND"], []),
 ("Gulzarilal Nanda, the home minister, was sworn in as acting prime minister until the Congress Party chooses a successor.", [], ["person:gulzarilal-nanda LEADS IND"]),
 ("President Johnson called Nehru a giant among men and said the United States would stand with India.", [], ["person:lyndon-b-johnson LEADS USA", "person:lyndon-b-johnson SUPPORTS IND", "USA SUPPORTS IND", "person:lyndon-b-johnson SUPPORTS person:jawaharlal-nehru"]),
 ("Pakistan's President Ayub Khan, whose country has fought India over Kashmir, sent his condolences.", ["person:ayub-khan LEADS PAK", "PAK ATTACKS IND"], ["IND ATTACKS PAK"]),
 ("China, which defeated India in a border war in 1962, sent a message of sympathy.", ["CHN ATTACKS IND"], ["IND ATTACKS CHN"]),
 ("The Soviet Union and the United States have both supplied India with military aid since the war with China.", ["SUN SUPPORTS IND", "USA SUPPORTS IND"], ["SUN SUPPLIES_ARMS IND", "USA SUPPLIES_ARMS IND", "IND ATTACKS CHN", "CHN ATTACKS IND"]),
]
