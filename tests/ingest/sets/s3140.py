DAY = "2010-02-20"
SENTS = [
 ("Soldiers stormed the presidential palace in Niamey on Thursday and seized President Mamadou Tandja, who had angered Western donors by extending his rule.", [], ["person:mamadou-tandja LEADS NER"]),
 ("Niger's membership of the African Union was suspended on Friday, and the organisation said it would not deal with the junta.", ["NER MEMBER_OF org:AU"], ["org:AU CONDEMNS NER"]),
 ("The Economic Community of West African States, which had already suspended Niger in October over Mr. Tandja's referendum, sent its mediator, Abdulsalami Abubakar, a former Nigerian head of state, to Niamey.", ["NER MEMBER_OF org:ECOWAS", "person:abdulsalami-abubakar MEETS NER"], ["org:ECOWAS MEETS NER", "person:abdulsalami-abubakar LEADS NGA"]),
 ("France, the former colonial power and the main buyer of uranium from Niger's mines, condemned the seizure of power but called for elections soon.", ["FRA TRADES_WITH NER"], ["FRA CONDEMNS NER"]),
]
