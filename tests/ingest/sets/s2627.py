DAY = "1996-12-14"
SENTS = [
 ("The Security Council on Friday chose Kofi Annan of Ghana to succeed Boutros Boutros-Ghali as Secretary General, ending a six-week deadlock caused by an American veto.", [], ["person:kofi-annan LEADS org:UN", "person:boutros-boutros-ghali LEADS org:UN", "USA VETOES person:boutros-boutros-ghali"]),
 ("The United States vetoed a second term for Mr. Boutros-Ghali last month, accusing him of failing to carry out reforms.", ["USA CONDEMNS person:boutros-boutros-ghali"], ["USA VETOES person:boutros-boutros-ghali"]),
 ("France, which had backed Mr. Boutros-Ghali to the end, dropped its objections to Mr. Annan after African states rallied behind him.", ["FRA SUPPORTS person:boutros-boutros-ghali"], ["FRA CONDEMNS person:kofi-annan"]),
 ("Mr. Annan, who has spent three decades at the United Nations, will take office on January 1.", [], ["person:kofi-annan LEADS org:UN"]),
]
