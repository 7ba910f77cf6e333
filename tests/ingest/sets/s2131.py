DAY = "1985-11-16"
SENTS = [
 ("Prime Minister Margaret Thatcher and Irish Prime Minister Garret FitzGerald signed an agreement at Hillsborough Castle in Northern Ireland on Friday giving Dublin a consultative role in the province's affairs.", ["person:margaret-thatcher MEETS person:garret-fitzgerald", "person:garret-fitzgerald LEADS IRL"], ["person:margaret-thatcher LEADS GBR", "GBR MEETS IRL", "person:garret-fitzgerald MEETS GBR"]),
 ("Unionist leaders denounced the accord as a betrayal and called for a referendum in the province.", [], []),
 ("The Irish Republic formally accepted that the status of Northern Ireland could change only with the consent of a majority of its people.", [], []),
 ("Thatcher, speaking at a news conference with FitzGerald, said Britain would never abandon the Unionists.", ["person:margaret-thatcher MEETS person:garret-fitzgerald"], []),
 ("President Reagan praised both leaders and promised American economic aid to Northern Ireland.", [], ["person:ronald-reagan SUPPORTS person:margaret-thatcher", "person:ronald-reagan SUPPORTS person:garret-fitzgerald", "person:ronald-reagan LEADS USA", "USA SUPPORTS GBR"]),
]
