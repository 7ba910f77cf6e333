DAY = "1999-10-19"
SENTS = [
 ("The Commonwealth suspended Pakistan from its councils on Monday in protest at last week's military coup, which overthrew Prime Minister Nawaz Sharif.", ["PAK MEMBER_OF org:COMMONWEALTH"], ["org:COMMONWEALTH SANCTIONS PAK", "org:COMMONWEALTH CONDEMNS PAK", "person:nawaz-sharif LEADS PAK"]),
 ("General Pervez Musharraf, who seized power on Tuesday, has promised to restore democracy but has given no timetable.", [], ["person:pervez-musharraf LEADS PAK"]),
 ("The United States and the European Union have urged a quick return to civilian rule, and Washington has ruled out new aid until then.", [], ["USA SANCTIONS PAK", "org:EU CONDEMNS PAK", "USA CONDEMNS PAK"]),
 ("Britain's Foreign Secretary Robin Cook said the coup was a serious setback for democracy.", [], ["GBR CONDEMNS PAK"]),
 ("India said it was watching developments closely.", [], []),
]
