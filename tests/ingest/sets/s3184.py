DAY = "1994-05-31"
SENTS = [
 ("Libya completed the withdrawal of its soldiers from the Aouzou Strip on Monday, handing the desert territory back to Chad three months after the World Court rejected Tripoli's claim to it.", [], ["LBY DEPLOYS_TROOPS TCD"]),
 ("Chad's President Idriss Deby flew to the oasis to raise the national flag while a small team of United Nations observers looked on.", ["person:idriss-deby LEADS TCD"], ["org:UN DEPLOYS_TROOPS TCD"]),
 ("Colonel Muammar el-Qaddafi, whose army occupied the strip in 1973 and fought Chadian forces there until 1987, said Libya would abide by the ruling.", [], ["person:muammar-gaddafi LEADS LBY", "LBY ATTACKS TCD", "LBY DEPLOYS_TROOPS TCD"]),
 ("The details of the handover had been settled in April at Sirte by Libyan and Chadian ministers.", [], ["LBY MEETS TCD"]),
]
