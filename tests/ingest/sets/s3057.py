DAY = "1993-01-14"
SENTS = [
 ("More than a hundred American, British and French warplanes attacked missile sites and radar stations in southern Iraq on Wednesday after Baghdad ignored an ultimatum to move its anti-aircraft missiles out of the zone where Iraqi aircraft are barred from flying.", ["USA ATTACKS IRQ", "GBR ATTACKS IRQ", "FRA ATTACKS IRQ"], []),
 ("Iraqi soldiers had also made raids across the new border with Kuwait to carry off weapons left behind after the Gulf war.", ["IRQ ATTACKS KWT"], []),
 ("Iran condemned the raid as an American attempt to dominate the Gulf.", ["IRN CONDEMNS USA"], []),
 ("The allies have enforced the ban on Iraqi flights south of the 32nd parallel since August to protect the Shiites of the southern marshes from Saddam Hussein's army.", [], []),
]
