DAY = "2017-04-07"
SENTS = [
 ("Donald Trump hosted Xi Jinping at his Mar-a-Lago resort in Florida on Thursday for their first summit.", ["person:donald-trump MEETS person:xi-jinping"], ["person:xi-jinping MEETS USA"]),
 ("As the two leaders sat down to dinner, American warships fired dozens of cruise missiles at a Syrian air base.", ["person:donald-trump MEETS person:xi-jinping", "USA ATTACKS SYR"], []),
 ("Trump told Xi about the strike over dessert, and China later urged restraint.", ["person:donald-trump MEETS person:xi-jinping"], []),
 ("The two sides agreed on a 100-day plan for trade talks aimed at reducing America's deficit with China.", [], ["CHN TRADES_WITH USA"]),
 ("Trump had accused China during his campaign of raping the United States with unfair trade practices.", ["person:donald-trump CONDEMNS CHN"], []),
]
