DAY = "2013-12-06"
SENTS = [
 ("France began deploying troops across the Central African Republic on Friday, hours after the UN Security Council authorised African and French forces to use force to restore order.", ["FRA DEPLOYS_TROOPS CAF"], ["org:UNSC SUPPORTS FRA"]),
 ("More than 100 people were killed in the capital, Bangui, this week in clashes between Christian militias and the mostly Muslim Seleka rebels who seized power in March.", [], []),
 ("Francois Hollande said the 1,200 French soldiers would stay for about six months.", [], ["person:francois-hollande LEADS FRA"]),
 ("Chad, which has troops in the African Union force, has been accused of siding with the Seleka.", [], ["TCD MEMBER_OF org:AU", "TCD DEPLOYS_TROOPS CAF"]),
 ("The European Union said it would provide 50 million euros to fund the African mission.", [], ["org:EU SUPPORTS org:AU"]),
]
