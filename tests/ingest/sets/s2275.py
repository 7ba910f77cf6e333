DAY = "2011-12-18"
SENTS = [
 ("The last American troops left Iraq before dawn on Sunday, crossing into Kuwait nearly nine years after the invasion that toppled Saddam Hussein.", [], ["USA DEPLOYS_TROOPS IRQ", "USA DEPLOYS_TROOPS KWT", "USA ATTACKS IRQ"]),
 ("Nearly 4,500 American service members died in the war, and more than 100,000 Iraqis were killed.", [], []),
 ("Prime Minister Nouri al-Maliki, who met President Obama at the White House last week, called the withdrawal a historic day.", ["person:barack-obama MEETS person:nouri-al-maliki"], ["person:nouri-al-maliki LEADS IRQ", "person:nouri-al-maliki MEETS USA", "person:barack-obama LEADS USA"]),
 ("The United States will keep about 16,000 people at its embassy in Baghdad, the largest in the world.", [], []),
 ("Iran, which has close ties to Maliki's Shiite-led government, is expected to gain influence.", [], ["IRN SUPPORTS IRQ", "IRN ALLIED_WITH IRQ"]),
]
