DAY = "2004-02-06"
SENTS = [
 ("Abdul Qadeer Khan, the father of Pakistan's nuclear bomb, confessed on television on Wednesday to passing nuclear weapons technology to Iran, Libya and North Korea.", [], ["person:abdul-qadeer-khan SUPPLIES_ARMS IRN", "person:abdul-qadeer-khan SUPPLIES_ARMS LBY", "person:abdul-qadeer-khan SUPPLIES_ARMS PRK"]),
 ("President Pervez Musharraf pardoned him on Thursday, calling him a national hero.", [], ["person:pervez-musharraf LEADS PAK"]),
 ("The United States, which counts Pakistan as a key ally against Al Qaeda, said it accepted Musharraf's assurance that the government had not been involved.", ["USA ALLIED_WITH PAK"], []),
 ("Libya, which gave up its weapons programmes in December, had handed American inspectors centrifuge designs traced to the Khan network.", [], []),
]
