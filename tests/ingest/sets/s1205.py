DAY = "2025-11-19"
SENTS = [
 ("Donald Trump welcomed Saudi Crown Prince Mohammed bin Salman to the White House on Tuesday with a military flyover and a cavalry escort.", ["person:donald-trump MEETS person:mohammed-bin-salman", "person:mohammed-bin-salman MEETS USA"], []),
 ("Trump said he would approve the sale of F-35 stealth fighters to the kingdom, which has sought the jets for years.", [], ["USA SUPPLIES_ARMS SAU"]),
 ("The two governments signed a strategic defence agreement, and Washington designated Saudi Arabia a major non-NATO ally.", ["USA ALLIED_WITH SAU"], ["USA MEETS SAU"]),
 ("Israel, which has been guaranteed a qualitative military edge over its neighbours by US law, voiced concern about the F-35 deal.", [], []),
 ("Riyadh pledged to raise its investments in the US economy to nearly one trillion dollars.", [], ["SAU TRADES_WITH USA"]),
]
