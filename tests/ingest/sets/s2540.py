DAY = "2003-06-05"
SENTS = [
 ("George W. Bush met the Israeli and Palestinian prime ministers, Ariel Sharon and Mahmoud Abbas, in the Jordanian port of Aqaba on Wednesday to launch a peace plan known as the road map.", ["person:george-w-bush MEETS person:ariel-sharon", "person:george-w-bush MEETS person:mahmoud-abbas", "person:ariel-sharon LEADS ISR"], ["person:george-w-bush MEETS JOR", "person:ariel-sharon MEETS JOR", "person:mahmoud-abbas MEETS JOR", "person:mahmoud-abbas LEADS PSE", "person:ariel-sharon MEETS person:mahmoud-abbas"]),
 ("Sharon promised to start removing unauthorised settlement outposts, and Abbas called for an end to the armed uprising against Israel.", [], []),
 ("A day earlier Bush had met Arab leaders, among them Egypt's Hosni Mubarak and Saudi Crown Prince Abdullah, at the Red Sea resort of Sharm el-Sheikh.", ["person:george-w-bush MEETS person:hosni-mubarak", "person:hosni-mubarak LEADS EGY"], ["person:george-w-bush MEETS EGY", "person:george-w-bush MEETS person:abdullah-bin-abdulaziz"]),
 ("Hamas rejected the plan and vowed to keep up its attacks on Israelis, whom it calls occupiers.", [], ["org:HAMAS ATTACKS ISR", "org:HAMAS CONDEMNS ISR"]),
 ("The plan was drawn up by Washington with the European Union, Russia and the United Nations.", [], []),
]
