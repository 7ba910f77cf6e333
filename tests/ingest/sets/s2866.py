DAY = "1969-08-16"
SENTS = [
 ("British troops took over security in Londonderry and Belfast on Friday after three nights of rioting between Protestants and Roman Catholics.", [], []),
 ("Prime Minister Jack Lynch of Ireland called for a United Nations peacekeeping force to be sent to Northern Ireland.", ["person:jack-lynch LEADS IRL"], []),
 ("Irish army field hospitals were set up near the border, and Dublin asked London to accept a United Nations force.", [], ["IRL MEETS GBR"]),
 ("The British government rejected the request, saying Northern Ireland was part of the United Kingdom and its affairs an internal matter.", [], []),
 ("Dr. Patrick Hillery, the Irish Foreign Minister, went to London to put the case to Foreign Secretary Michael Stewart.", ["person:patrick-hillery MEETS person:michael-stewart", "person:patrick-hillery MEETS GBR"], ["IRL MEETS GBR"]),
]
