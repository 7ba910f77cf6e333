DAY = "1971-11-05"
SENTS = [
 ("The flood of refugees from East Pakistan dominated two hours of talks between Prime Minister Indira Gandhi of India and President Nixon at the White House on Thursday.", ["person:indira-gandhi LEADS IND", "person:indira-gandhi MEETS person:richard-nixon", "person:indira-gandhi MEETS USA"], ["person:richard-nixon LEADS USA"]),
 ("India has accused Pakistan of driving nearly ten million Bengalis across the border, and Pakistan accuses India of arming and training the Bengali guerrillas.", ["IND CONDEMNS PAK", "PAK CONDEMNS IND"], []),
 ("The United States has cut off new arms shipments to Pakistan, while India, in August, signed a treaty of friendship with the Soviet Union, its main source of weapons.", ["SUN SUPPLIES_ARMS IND", "IND ALLIED_WITH SUN"], ["USA SUPPLIES_ARMS PAK", "USA SANCTIONS PAK"]),
 ("Along the border, Pakistani and Indian artillery exchanged fire near Kamalpur on Wednesday, each side blaming the other.", ["PAK ATTACKS IND", "IND ATTACKS PAK"], ["PAK CONDEMNS IND", "IND CONDEMNS PAK"]),
]
