DAY = "2015-07-14"
SENTS = [
 ("Iran and six world powers reached a deal in Vienna on Tuesday to curb Tehran's nuclear programme in exchange for lifting sanctions.", [], []),
 ("Foreign ministers from the United States, Britain, France, Germany, Russia and China spent 17 days negotiating with Iran's Mohammad Javad Zarif.", [], ["USA MEETS IRN", "GBR MEETS IRN", "FRA MEETS IRN", "DEU MEETS IRN", "RUS MEETS IRN", "CHN MEETS IRN"]),
 ("Israeli Prime Minister Benjamin Netanyahu called the agreement a historic mistake.", ["person:benjamin-netanyahu LEADS ISR"], []),
 ("Saudi Arabia, a rival of Iran, warned that the deal must not let Tehran spread chaos in the region.", [], []),
 ("The European Union will lift its economic sanctions on Iran once inspectors verify compliance.", [], ["org:EU SANCTIONS IRN"]),
]
