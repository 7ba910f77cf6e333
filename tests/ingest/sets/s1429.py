DAY = "2024-01-26"
SENTS = [
 ("About 100 Russian soldiers of the new Africa Corps arrived in Burkina Faso this week, the first such deployment in the country.", ["RUS DEPLOYS_TROOPS BFA"], []),
 ("Captain Ibrahim Traore, who seized power in 2022, has expelled French troops and turned to Moscow for security.", [], ["FRA DEPLOYS_TROOPS BFA", "RUS SUPPORTS person:ibrahim-traore", "RUS SUPPORTS BFA", "person:ibrahim-traore CONDEMNS FRA"]),
 ("The corps is replacing the Wagner group, whose leader Yevgeny Prigozhin died in a plane crash in August.", ["person:yevgeny-prigozhin LEADS org:WAGNER"], []),
 ("Burkina Faso, Mali and Niger have also announced their withdrawal from ECOWAS.", [], ["BFA MEMBER_OF org:ECOWAS", "MLI MEMBER_OF org:ECOWAS", "NER MEMBER_OF org:ECOWAS"]),
 ("The United States suspended some aid to Ouagadougou after the coup.", [], ["USA SUPPORTS BFA"]),
]
