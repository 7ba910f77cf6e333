DAY = "2025-05-10"
SENTS = [
 ("India and Pakistan agreed on Saturday to a full and immediate ceasefire after four days of missile and drone strikes on each other's military bases.", ["IND ATTACKS PAK", "PAK ATTACKS IND"], []),
 ("Donald Trump announced the truce on social media, saying it followed a long night of talks mediated by the United States.", [], ["USA SUPPORTS IND", "USA SUPPORTS PAK"]),
 ("Pakistan thanked Washington for its role, but New Delhi insisted the agreement had been worked out directly between the two militaries.", [], ["PAK SUPPORTS USA"]),
 ("Hours later, both sides accused each other of violating the ceasefire along the Line of Control in Kashmir.", [], ["IND CONDEMNS PAK", "PAK CONDEMNS IND"]),
 ("Saudi Arabia and Iran had sent their foreign ministers to both capitals earlier in the week to urge restraint.", [], ["SAU MEETS IND", "SAU MEETS PAK", "IRN MEETS IND", "IRN MEETS PAK"]),
]
