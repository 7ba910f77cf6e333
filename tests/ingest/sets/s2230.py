DAY = "1976-09-09"
SENTS = [
 ("Mao Tse-tung, who led the Chinese Communists to victory in 1949 and ruled China for 27 years, died in Peking on Thursday at the age of 82.", ["person:mao-zedong LEADS CHN"], []),
 ("Premier Hua Kuo-feng, who was named first vice chairman in April, is expected to lead the party's collective leadership.", [], ["person:hua-guofeng LEADS CHN"]),
 ("The Soviet Union sent a message of condolence from the Communist Party's Central Committee, though relations with Peking remain frozen.", [], ["SUN SUPPORTS CHN"]),
 ("President Ford called Mao a man of great vision and said the United States would continue to improve its relations with China.", [], ["person:gerald-ford LEADS USA", "person:gerald-ford SUPPORTS person:mao-zedong", "USA SUPPORTS CHN"]),
 ("Mao met President Nixon in Peking in 1972, opening the way to relations with Washington.", ["person:mao-zedong MEETS person:richard-nixon"], ["person:richard-nixon MEETS CHN", "person:richard-nixon LEADS USA"]),
 ("Thousands of Chinese troops remain on the border with the Soviet Union, where the two sides fought in 1969.", [], ["CHN ATTACKS SUN", "SUN ATTACKS CHN"]),
]
