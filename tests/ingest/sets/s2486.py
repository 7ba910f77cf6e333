DAY = "2013-08-16"
SENTS = [
 ("Russian customs officers began checking every Ukrainian truck at the border this week, holding up exports worth hundreds of millions of dollars in what Kiev's business leaders called the start of a trade war.", [], ["RUS SANCTIONS UKR"]),
 ("The checks followed a ban last month on chocolates from Roshen, Ukraine's largest confectioner, which Russia said contained harmful substances.", [], ["RUS SANCTIONS UKR"]),
 ("A Kremlin adviser, Sergei Glazyev, warned that Ukraine would face tougher controls if it signed an association agreement with the European Union in November.", [], ["RUS CONDEMNS UKR"]),
 ("President Viktor Yanukovych, who has sought closer ties with both Brussels and Moscow, said Ukraine would not be blackmailed.", [], ["person:viktor-yanukovych LEADS UKR", "person:viktor-yanukovych CONDEMNS RUS"]),
 ("About a quarter of Ukraine's exports went to Russia last year, more than to any other country.", ["UKR TRADES_WITH RUS"], []),
]
