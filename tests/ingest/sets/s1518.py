DAY = "2008-12-01"
SENTS = [
 ("India said on Monday that the gunmen who attacked Mumbai last week came from Pakistan and belonged to Lashkar-e-Taiba, a militant group banned by Islamabad in 2002.", [], ["IND CONDEMNS PAK"]),
 ("Prime Minister Manmohan Singh said India would not tolerate attacks launched from Pakistani soil.", ["person:manmohan-singh LEADS IND"], ["person:manmohan-singh CONDEMNS PAK"]),
 ("Pakistan's president, Asif Ali Zardari, denied that his government was involved and offered to cooperate with the investigation.", ["person:asif-ali-zardari LEADS PAK"], []),
 ("Condoleezza Rice flew to New Delhi on Wednesday to show American solidarity and then travelled on to Islamabad.", ["person:condoleezza-rice MEETS IND", "person:condoleezza-rice MEETS PAK"], ["person:condoleezza-rice SUPPORTS IND", "USA SUPPORTS IND"]),
 ("China and Russia, which had previously blocked UN action against the group, agreed to add its leaders to the Security Council sanctions list.", [], []),
]
