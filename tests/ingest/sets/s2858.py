DAY = "1949-02-25"
SENTS = [
 ("Israel and Egypt signed an armistice agreement on the island of Rhodes on Thursday, ending the fighting that began when the Arab states invaded Palestine last May.", [], ["ISR MEETS EGY", "EGY ATTACKS ISR"]),
 ("Ralph Bunche, the acting United Nations mediator, presided over six weeks of talks at the Hotel des Roses.", [], []),
 ("Egypt keeps its garrison in the Gaza strip, and an Egyptian brigade besieged at Faluja will be allowed to leave with its arms.", [], ["EGY DEPLOYS_TROOPS PSE"]),
 ("Britain granted Israel de facto recognition last month.", ["GBR SUPPORTS ISR"], []),
 ("Israeli forces in the Negev drove the Egyptian army out of the south in December and briefly crossed into Sinai.", ["ISR ATTACKS EGY"], ["ISR DEPLOYS_TROOPS EGY"]),
]
