DAY = "1994-10-27"
SENTS = [
 ("Israeli Prime Minister Yitzhak Rabin and King Hussein of Jordan signed a peace treaty on Wednesday at a desert crossing in the Arava valley, ending 46 years of war between their countries.", ["person:yitzhak-rabin LEADS ISR", "person:hussein-bin-talal LEADS JOR", "person:yitzhak-rabin MEETS person:hussein-bin-talal"], ["ISR ATTACKS JOR", "JOR ATTACKS ISR"]),
 ("President Bill Clinton, who witnessed the signing, later flew to Damascus to meet Syrian President Hafez al-Assad.", ["person:bill-clinton MEETS SYR", "person:bill-clinton MEETS person:hafez-al-assad", "person:hafez-al-assad LEADS SYR"], ["person:bill-clinton LEADS USA", "person:bill-clinton MEETS person:yitzhak-rabin", "person:bill-clinton MEETS person:hussein-bin-talal"]),
 ("Jordan is the second Arab country after Egypt to make peace with Israel.", [], []),
 ("Syria and the Palestine Liberation Organization criticised the treaty, and Iran called it a betrayal.", [], ["SYR CONDEMNS JOR", "org:PLO CONDEMNS JOR", "IRN CONDEMNS JOR"]),
 ("The United States has promised to forgive Jordan's debts of about 700 million dollars.", [], ["USA SUPPORTS JOR"]),
]
