DAY = "1967-02-13"
SENTS = [
 ("Premier Aleksei N. Kosygin left London on Monday after a week of talks with Prime Minister Harold Wilson that failed to bring about peace negotiations on Vietnam.", ["person:alexei-kosygin MEETS person:harold-wilson", "person:alexei-kosygin MEETS GBR"], ["person:harold-wilson LEADS GBR", "person:alexei-kosygin LEADS SUN"]),
 ("Mr. Wilson had passed messages between Mr. Kosygin and Washington during the Tet truce, which ended with the resumption of American bombing on Monday.", [], ["USA ATTACKS VDR"]),
 ("The Soviet Premier told a news conference that the bombing of North Vietnam must stop unconditionally before any talks could begin.", [], ["SUN CONDEMNS USA"]),
 ("Britain and the Soviet Union have chaired the Indochina settlement jointly since the 1954 Geneva accords.", [], []),
]
