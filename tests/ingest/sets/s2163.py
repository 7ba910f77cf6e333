DAY = "1949-10-03"
SENTS = [
 ("Mao Tse-tung proclaimed the People's Republic of China in Peking on Saturday, and the Soviet Union recognised Communist China on Sunday.", ["SUN SUPPORTS CHN"], ["person:mao-zedong LEADS CHN"]),
 ("Moscow broke off relations with the Nationalist government of Chiang Kai-shek, which has retreated to Canton.", [], ["SUN SANCTIONS TWN", "SUN CONDEMNS TWN", "person:chiang-kai-shek LEADS TWN"]),
 ("Bulgaria, Romania and Czechoslovakia followed the Soviet lead within hours.", [], ["BGR SUPPORTS CHN", "ROU SUPPORTS CHN", "CSK SUPPORTS CHN"]),
 ("The United States said it would continue to recognise the Nationalist government.", [], ["USA SUPPORTS TWN"]),
 ("Britain, which has large commercial interests in Hong Kong and Shanghai, is expected to recognise the Communists early next year.", [], ["GBR SUPPORTS CHN"]),
]
