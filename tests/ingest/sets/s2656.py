DAY = "1993-02-24"
SENTS = [
 ("Prime Minister John Major of Britain held his first talks with President Clinton at the White House on Wednesday, and the two men dismissed reports of a rift over Bosnia and Northern Ireland.", ["person:john-major LEADS GBR", "person:john-major MEETS person:bill-clinton", "person:john-major MEETS USA"], ["person:bill-clinton LEADS USA"]),
 ("Mr. Major endorsed the American plan to parachute food and medicine to Muslim enclaves in eastern Bosnia, which could begin within days.", [], ["USA SUPPORTS BIH", "person:john-major SUPPORTS USA"]),
 ("Britain has 2,400 soldiers in Bosnia escorting aid convoys for the United Nations, and Mr. Major said he would not send more.", ["GBR DEPLOYS_TROOPS BIH"], []),
 ("Earlier this month Prime Minister Brian Mulroney of Canada became the first foreign leader to call on the new president, and Chancellor Helmut Kohl of Germany is expected in Washington next month.", ["person:brian-mulroney LEADS CAN", "person:helmut-kohl LEADS DEU"], ["person:brian-mulroney MEETS person:bill-clinton", "person:brian-mulroney MEETS USA", "person:helmut-kohl MEETS USA"]),
]
