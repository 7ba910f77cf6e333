DAY = "1953-05-12"
SENTS = [
 ("Secretary of State John Foster Dulles arrived in Cairo yesterday on the first visit of an American Secretary of State to the Middle East.", ["person:john-foster-dulles MEETS EGY"], []),
 ("He conferred for two hours with General Mohammed Naguib, who pressed for the early withdrawal of the 80,000 British troops in Egypt.", ["GBR DEPLOYS_TROOPS EGY"], ["person:john-foster-dulles MEETS person:mohammed-naguib"]),
 ("General Naguib presented Mr. Dulles with a pistol, which the Egyptians called a symbol of friendship.", ["person:mohammed-naguib MEETS person:john-foster-dulles"], []),
 ("Mr. Dulles flies on to Tel Aviv and Amman later in the week.", [], ["person:john-foster-dulles MEETS ISR", "person:john-foster-dulles MEETS JOR"]),
 ("The British Embassy declined to comment on the talks.", [], []),
]
