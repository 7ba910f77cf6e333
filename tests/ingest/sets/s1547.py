DAY = "2023-08-20"
SENTS = [
 ("The Netherlands and Denmark agreed on Sunday to supply Ukraine with F-16 fighter jets, the first countries to commit the American-made warplanes.", ["NLD SUPPLIES_ARMS UKR", "DNK SUPPLIES_ARMS UKR"], ["USA SUPPLIES_ARMS UKR"]),
 ("Volodymyr Zelensky, visiting the Eindhoven air base, sat in the cockpit of one of the jets alongside Dutch Prime Minister Mark Rutte.", ["person:volodymyr-zelensky MEETS person:mark-rutte", "person:mark-rutte LEADS NLD"], ["person:volodymyr-zelensky MEETS NLD"]),
 ("The United States approved the transfers last week after months of hesitation over the risk of escalation with Russia.", [], ["USA SUPPORTS UKR"]),
 ("Norway said it would also donate some of its F-16s, and Belgium pledged jets from 2025.", [], ["NOR SUPPLIES_ARMS UKR", "BEL SUPPLIES_ARMS UKR"]),
 ("Russia's embassy in Copenhagen said the decision would lead to further escalation.", [], ["RUS CONDEMNS DNK"]),
]
