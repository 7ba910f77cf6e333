DAY = "2025-10-21"
SENTS = [
 ("Anthony Albanese and Donald Trump signed a critical minerals framework at the White House on Monday, pledging 8.5 billion dollars in joint projects.", ["person:anthony-albanese MEETS USA"], ["person:anthony-albanese MEETS person:donald-trump", "AUS TRADES_WITH USA"]),
 ("Trump told reporters that the AUKUS submarine deal was moving full steam ahead.", [], []),
 ("China controls about 90 percent of global rare earth processing and tightened export controls this month.", [], []),
 ("Australia's ambassador in Washington, former prime minister Kevin Rudd, attended the meeting.", [], []),
 ("Canberra has committed to buying at least three Virginia-class submarines from the United States.", ["USA SUPPLIES_ARMS AUS"], []),
]
