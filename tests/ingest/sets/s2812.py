DAY = "1972-06-02"
SENTS = [
 ("Iraq nationalized the Iraq Petroleum Company on Thursday, taking over the Kirkuk oil fields from the British, French, American and Dutch companies that own it.", [], []),
 ("President Ahmed Hassan al-Bakr said in a broadcast that the companies had cut production to put pressure on Baghdad.", [], ["person:ahmed-hassan-al-bakr LEADS IRQ"]),
 ("Syria, through which the pipeline to the Mediterranean runs, also seized the company's installations on its soil.", [], []),
 ("Moscow, bound to Baghdad since April by a friendship treaty, has offered experts to help market the oil.", ["SUN ALLIED_WITH IRQ"], ["SUN SUPPORTS IRQ"]),
 ("France, which buys a quarter of Iraq's oil, is seeking a separate arrangement.", ["FRA TRADES_WITH IRQ"], []),
]
