DAY = "2011-09-24"
SENTS = [
 ("Mahmoud Abbas formally asked the United Nations on Friday to admit Palestine as a full member state, defying pressure from Washington.", [], []),
 ("The United States has said it will veto the request in the Security Council if it comes to a vote.", [], ["USA VETOES PSE"]),
 ("Benjamin Netanyahu told the General Assembly that Israel wanted peace but accused the Palestinians of refusing to negotiate.", ["person:benjamin-netanyahu CONDEMNS PSE"], ["person:benjamin-netanyahu MEETS org:UNGA"]),
 ("Turkish Prime Minister Recep Tayyip Erdogan, whose relations with Israel have collapsed, threw his support behind the Palestinian bid.", ["person:recep-tayyip-erdogan LEADS TUR", "person:recep-tayyip-erdogan SUPPORTS PSE"], []),
 ("President Barack Obama met Abbas on Wednesday and urged him to return to direct talks.", ["person:barack-obama MEETS person:mahmoud-abbas"], ["person:barack-obama LEADS USA"]),
 ("The European Union is divided, with France proposing that the Palestinians settle for the enhanced status of a non-member observer state.", [], []),
]
