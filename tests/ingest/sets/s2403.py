DAY = "2008-06-13"
SENTS = [
 ("Fighting broke out between Djiboutian and Eritrean troops along their disputed border at Ras Doumeira on Tuesday night, leaving at least nine Djiboutian soldiers dead.", ["DJI ATTACKS ERI", "ERI ATTACKS DJI"], []),
 ("Djibouti accused Eritrea of occupying part of its territory, and France, which keeps its largest African base in Djibouti, said it was giving its former colony logistical and medical support.", ["DJI CONDEMNS ERI", "FRA DEPLOYS_TROOPS DJI", "FRA SUPPORTS DJI"], ["ERI DEPLOYS_TROOPS DJI"]),
 ("The UN Security Council condemned Eritrea's military action and demanded that both sides pull back, but Asmara denied that its forces had attacked.", ["org:UNSC CONDEMNS ERI"], []),
]
