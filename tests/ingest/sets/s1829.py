DAY = "2021-05-05"
SENTS = [
 ("Egypt has ordered 30 more Rafale fighter jets from France in a deal worth about 4 billion euros, the Egyptian military said on Tuesday.", ["FRA SUPPLIES_ARMS EGY"], []),
 ("The contract will be financed by a loan guaranteed by the French state.", [], ["FRA SUPPORTS EGY"]),
 ("Egypt became the first foreign buyer of the Rafale in 2015, when it ordered 24 of the jets.", [], ["FRA SUPPLIES_ARMS EGY"]),
 ("Human rights groups have criticised Paris for selling weapons to President Abdel Fattah el-Sisi's government despite its crackdown on dissent.", ["FRA SUPPLIES_ARMS EGY"], []),
 ("President Emmanuel Macron said in December that he would not make arms sales conditional on human rights.", [], ["person:emmanuel-macron LEADS FRA"]),
]
