DAY = "1992-08-28"
SENTS = [
 ("A two-day conference on the Yugoslav war ended in London on Thursday with Serbia promising to lift its sieges of Bosnian towns and to place its heavy guns under United Nations supervision.", [], []),
 ("Prime Minister John Major, who chaired the meeting, warned Belgrade that it would face total isolation if it broke its word.", [], ["person:john-major LEADS GBR", "person:john-major CONDEMNS SRB", "person:john-major CONDEMNS YUG"]),
 ("Bosnia's President Alija Izetbegovic said the agreement meant nothing until the shelling of Sarajevo stopped.", ["person:alija-izetbegovic LEADS BIH"], []),
 ("Earlier this month the Security Council voted to let governments take whatever steps were needed to deliver food to Bosnia.", [], ["org:UNSC SUPPORTS BIH"]),
 ("Serbia's President Slobodan Milosevic, who attended the talks, denied that Belgrade controlled the Bosnian Serb militias.", ["person:slobodan-milosevic LEADS SRB"], ["person:slobodan-milosevic LEADS YUG"]),
 ("Britain has offered 1,800 soldiers to escort the aid convoys.", [], ["GBR DEPLOYS_TROOPS BIH"]),
]
