DAY = "1963-10-05"
SENTS = [
 ("Iraq recognised the independence of Kuwait on Friday, two years after General Kassem claimed the sheikhdom as part of Iraqi territory and British troops were rushed there to defend it.", ["IRQ SUPPORTS KWT"], ["GBR DEPLOYS_TROOPS KWT"]),
 ("The agreement was signed in Baghdad by the Iraqi prime minister, Ahmed Hassan al-Bakr, and Kuwait's crown prince, Sheikh Sabah al-Salim al-Sabah, who led a delegation to the Iraqi capital.", ["person:ahmed-hassan-al-bakr LEADS IRQ", "person:sabah-al-salim-al-sabah MEETS IRQ"], ["person:ahmed-hassan-al-bakr MEETS person:sabah-al-salim-al-sabah"]),
 ("Both sides also undertook to exchange ambassadors and to develop commercial and cultural links.", [], []),
 ("Kuwait is expected to lend Baghdad about 30 million dinars, diplomats said.", [], ["KWT SUPPORTS IRQ"]),
 ("The Arab League troops that replaced the British force in 1961 left Kuwait earlier this year.", ["org:ARAB_LEAGUE DEPLOYS_TROOPS KWT"], []),
]
