DAY = "2014-08-23"
SENTS = [
 ("More than 200 Russian lorries carrying what Moscow called humanitarian aid rolled into eastern Ukraine on Friday without Kiev's permission.", [], ["RUS SUPPORTS UKR", "RUS DEPLOYS_TROOPS UKR"]),
 ("Ukraine's security chief, Valentyn Nalyvaichenko, called the Russian convoy a direct invasion.", ["person:valentyn-nalyvaichenko CONDEMNS RUS"], []),
 ("NATO's secretary general, Anders Fogh Rasmussen, called the move a blatant breach of Russia's international commitments and said Russian artillery was firing on Ukrainian troops from both sides of the border.", ["person:anders-fogh-rasmussen LEADS org:NATO", "person:anders-fogh-rasmussen CONDEMNS RUS"], ["RUS ATTACKS UKR"]),
 ("Angela Merkel arrived in Kiev on Saturday to show Germany's backing for President Petro Poroshenko.", ["person:angela-merkel MEETS UKR"], ["DEU SUPPORTS UKR", "DEU SUPPORTS person:petro-poroshenko", "person:angela-merkel SUPPORTS person:petro-poroshenko", "person:petro-poroshenko LEADS UKR", "person:angela-merkel LEADS DEU"]),
]
