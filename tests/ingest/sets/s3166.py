DAY = "1990-06-01"
SENTS = [
 ("A draft that would have had three Security Council members look into Israel's treatment of Palestinians in the occupied territories was blocked by an American veto on Thursday.", ["USA VETOES ISR"], []),
 ("Washington stood alone against fourteen votes for the text, and the Palestine Liberation Organization's observer said it had isolated itself.", [], ["org:PLO CONDEMNS USA"]),
 ("The Bush Administration said the commission would not have helped the peace process, but it condemned the killing of seven Palestinian labourers by an Israeli gunman on May 20.", [], ["USA CONDEMNS ISR"]),
 ("Arab governments denounced the veto, and King Hussein of Jordan called it a blow to American credibility.", ["person:hussein-bin-talal LEADS JOR"], ["person:hussein-bin-talal CONDEMNS USA"]),
]
