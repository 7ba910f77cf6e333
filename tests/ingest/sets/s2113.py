DAY = "1977-09-08"
SENTS = [
 ("President Jimmy Carter and General Omar Torrijos, Panama's head of government, signed two treaties at the headquarters of the Organization of American States in Washington on Wednesday that will hand the Panama Canal to Panama by the year 2000.", ["person:jimmy-carter MEETS person:omar-torrijos", "person:omar-torrijos LEADS PAN", "person:omar-torrijos MEETS USA"], ["person:jimmy-carter LEADS USA", "person:jimmy-carter MEETS PAN", "USA MEETS PAN"]),
 ("Leaders of 26 Western Hemisphere nations, among them Argentina's President Jorge Videla and Chile's General Augusto Pinochet, attended the ceremony.", ["person:jorge-videla LEADS ARG"], ["person:augusto-pinochet LEADS CHL", "person:jorge-videla MEETS USA", "person:augusto-pinochet MEETS USA"]),
 ("Under the treaties, the United States retains the right to defend the canal's neutrality after 1999.", [], []),
 ("The treaties still need the approval of two-thirds of the Senate, where conservatives have vowed to fight them.", [], []),
 ("Carter said the agreements marked the start of a new partnership with Latin America.", [], []),
]
