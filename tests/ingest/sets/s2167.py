DAY = "1959-04-04"
SENTS = [
 ("The Dalai Lama has crossed into India and been granted asylum, Prime Minister Jawaharlal Nehru told Parliament on Friday.", [], ["person:jawaharlal-nehru LEADS IND", "IND SUPPORTS person:dalai-lama"]),
 ("The Tibetan leader fled Lhasa two weeks ago after Chinese troops crushed an uprising against Chinese rule.", [], []),
 ("China accused India of interfering in its internal affairs and of sheltering rebels.", ["CHN CONDEMNS IND"], []),
 ("Nehru said India had no intention of interfering in China's affairs but would give the Dalai Lama refuge.", [], ["IND SUPPORTS person:dalai-lama"]),
 ("The Soviet Union has backed China's position.", ["SUN SUPPORTS CHN"], []),
]
