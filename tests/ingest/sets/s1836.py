DAY = "2018-04-25"
SENTS = [
 ("French President Emmanuel Macron addressed a joint session of Congress on Wednesday, urging the United States to stay in the Iran nuclear deal and warning against nationalism.", ["person:emmanuel-macron LEADS FRA", "person:emmanuel-macron MEETS USA"], []),
 ("Macron, on the first state visit of Donald Trump's presidency, had spent three days with the president, who called their friendship very special.", ["person:donald-trump MEETS person:emmanuel-macron", "person:emmanuel-macron MEETS USA"], ["person:donald-trump SUPPORTS person:emmanuel-macron"]),
 ("Trump has threatened to withdraw from the 2015 agreement with Iran unless European allies help fix what he calls its flaws.", [], []),
 ("Iranian President Hassan Rouhani warned that Tehran would respond firmly if Washington quit the accord.", ["person:hassan-rouhani LEADS IRN"], ["person:hassan-rouhani CONDEMNS USA"]),
 ("German Chancellor Angela Merkel is due in Washington on Friday for a shorter working visit.", ["person:angela-merkel LEADS DEU"], ["person:angela-merkel MEETS USA"]),
]
