DAY = "2007-02-10"
SENTS = [
 ("President Vladimir Putin accused the United States on Saturday of overstepping its national borders in every way and of provoking a new arms race.", ["person:vladimir-putin CONDEMNS USA"], ["person:vladimir-putin LEADS RUS"]),
 ("Speaking at a security conference in Munich, Putin said American plans to put missile defence bases in Poland and the Czech Republic threatened Russia.", [], ["person:vladimir-putin CONDEMNS USA", "USA DEPLOYS_TROOPS POL", "USA DEPLOYS_TROOPS CZE"]),
 ("Defense Secretary Robert Gates, who was in the audience, replied the next day that one cold war was quite enough.", [], []),
 ("Chancellor Angela Merkel, the host of the conference, urged Russia to help resolve the dispute over Iran's nuclear programme.", [], ["person:angela-merkel LEADS DEU"]),
 ("Putin also criticized NATO's expansion toward Russia's borders.", ["person:vladimir-putin CONDEMNS org:NATO"], []),
]
