DAY = "1994-07-26"
SENTS = [
 ("In their first public encounter, King Hussein of Jordan and Prime Minister Yitzhak Rabin of Israel shook hands in Washington on Monday and declared the 46-year state of war between their countries over.", ["person:hussein-bin-talal LEADS JOR", "person:yitzhak-rabin LEADS ISR", "person:hussein-bin-talal MEETS person:yitzhak-rabin"], ["person:hussein-bin-talal MEETS USA", "person:yitzhak-rabin MEETS USA", "JOR MEETS ISR"]),
 ("Clinton, beaming between them, called it a day of hope for the children of both peoples.", [], ["person:bill-clinton MEETS person:hussein-bin-talal", "person:bill-clinton MEETS person:yitzhak-rabin"]),
 ("The two men had met secretly many times over three decades, but never in public.", [], ["person:hussein-bin-talal MEETS person:yitzhak-rabin"]),
 ("Syria's President Hafez al-Assad, who insists on a joint Arab approach to Israel, was said by his aides to be furious.", ["person:hafez-al-assad LEADS SYR"], []),
]
