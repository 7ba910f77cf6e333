DAY = "2004-04-28"
SENTS = [
 ("Muammar Gaddafi arrived in Brussels on Tuesday on his first visit to Western Europe in fifteen years and was received by Romano Prodi, the president of the European Commission.", ["person:muammar-gaddafi MEETS person:romano-prodi", "person:romano-prodi LEADS org:EC"], ["person:muammar-gaddafi MEETS BEL", "person:muammar-gaddafi MEETS org:EU"]),
 ("The Libyan leader pledged to keep his promise to give up weapons of mass destruction and asked the European Union to lift its arms embargo on Libya.", ["org:EU SANCTIONS LBY"], ["person:muammar-gaddafi LEADS LBY"]),
 ("Later in the day he saw Guy Verhofstadt, Belgium's Prime Minister.", ["person:guy-verhofstadt LEADS BEL"], ["person:guy-verhofstadt MEETS person:muammar-gaddafi"]),
 ("Britain, France and Germany have all restored high-level contacts with Tripoli since Libya agreed in December to dismantle its weapons programmes.", [], ["GBR MEETS LBY", "FRA MEETS LBY", "DEU MEETS LBY"]),
 ("Washington eased most of its economic sanctions on Tripoli last week so that American oil firms can go back.", ["USA SANCTIONS LBY"], []),
]
