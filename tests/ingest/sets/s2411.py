DAY = "2009-12-15"
SENTS = [
 ("Chinese President Hu Jintao opened a 1,800-km pipeline on Monday that will carry natural gas from Turkmenistan across Uzbekistan and Kazakhstan to western China, ending Russia's hold over Central Asian gas exports.", ["person:hu-jintao LEADS CHN"], ["TKM TRADES_WITH CHN", "UZB TRADES_WITH CHN", "KAZ TRADES_WITH CHN"]),
 ("Hu turned a valve at the Samandepe gas field alongside Turkmen President Gurbanguly Berdimuhamedow and the leaders of the two transit countries.", ["person:gurbanguly-berdimuhamedow LEADS TKM"], ["person:hu-jintao MEETS person:gurbanguly-berdimuhamedow", "person:hu-jintao MEETS TKM"]),
 ("China lent Turkmenistan $4 billion this year to develop the South Yolotan field, one of the largest in the world.", ["CHN SUPPORTS TKM"], []),
 ("Gazprom cut its purchases of Turkmen gas sharply in April after a pipeline explosion that Ashgabat blamed on Moscow.", ["TKM CONDEMNS RUS"], ["RUS TRADES_WITH TKM", "RUS SANCTIONS TKM"]),
]
