DAY = "1983-05-18"
SENTS = [
 ("Lebanon and Israel signed an agreement on Tuesday ending the state of war between them, eleven months after Israeli troops invaded Lebanon.", ["ISR ATTACKS LBN"], ["LBN MEETS ISR", "ISR DEPLOYS_TROOPS LBN"]),
 ("Secretary of State George P. Shultz, who brokered the accord, met President Amin Gemayel in Beirut on Wednesday.", ["person:george-shultz MEETS person:amin-gemayel"], ["person:amin-gemayel LEADS LBN", "person:george-shultz MEETS LBN"]),
 ("Syria, which keeps some 40,000 troops in eastern and northern Lebanon, denounced the agreement as a capitulation and refused to withdraw its forces.", ["SYR DEPLOYS_TROOPS LBN"], []),
 ("Moscow has replaced the missiles and jets that Syria lost to Israel last summer, and Soviet advisers now man the new SAM-5 batteries.", ["SUN SUPPLIES_ARMS SYR"], ["ISR ATTACKS SYR", "SUN DEPLOYS_TROOPS SYR"]),
]
