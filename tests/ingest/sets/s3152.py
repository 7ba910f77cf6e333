DAY = "1993-06-02"
SENTS = [
 ("President Jorge Serrano Elias of Guatemala, who dissolved Congress and suspended the constitution last week, was ousted by the army on Tuesday and flew into exile in El Salvador.", ["person:jorge-serrano-elias LEADS GTM"], ["person:jorge-serrano-elias MEETS SLV"]),
 ("The United States had suspended $47 million in aid after his seizure of power, and the European Community threatened to do the same.", [], ["USA SANCTIONS GTM", "org:EU SANCTIONS GTM"]),
 ("The Organization of American States, whose Secretary General, Joao Baena Soares, flew to Guatemala City last week, welcomed the return to constitutional rule.", ["person:joao-baena-soares LEADS org:OAS", "person:joao-baena-soares MEETS GTM"], ["org:OAS SUPPORTS GTM", "org:OAS MEETS GTM"]),
 ("Mexican officials said Mr. Serrano had not asked them for asylum.", [], []),
]
