DAY = "2008-02-29"
SENTS = [
 ("Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing deal in Nairobi on Thursday, ending two months of violence that killed more than 1,000 people after a disputed election.", ["person:mwai-kibaki LEADS KEN"], ["person:mwai-kibaki MEETS person:raila-odinga"]),
 ("The agreement was brokered by the former UN secretary-general Kofi Annan, with Tanzania's President Jakaya Kikwete, the African Union's chairman, at his side.", ["person:jakaya-kikwete LEADS TZA"], ["person:jakaya-kikwete LEADS org:AU", "person:jakaya-kikwete MEETS KEN"]),
 ("George W. Bush, who was touring Africa, had sent Secretary of State Condoleezza Rice to Nairobi a week earlier to press both sides to compromise.", ["person:condoleezza-rice MEETS KEN"], ["person:george-w-bush LEADS USA", "USA MEETS KEN"]),
 ("Washington and London had threatened travel bans on politicians who stood in the way of a settlement.", [], ["USA SANCTIONS KEN", "GBR SANCTIONS KEN"]),
]
