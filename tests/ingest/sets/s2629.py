DAY = "1994-11-11"
SENTS = [
 ("Iraq formally recognized Kuwait's sovereignty and its borders on Thursday, dropping a claim that Saddam Hussein used to justify his invasion of the emirate in 1990.", ["IRQ SUPPORTS KWT"], ["person:saddam-hussein ATTACKS KWT", "IRQ ATTACKS KWT"]),
 ("Russia's foreign minister, who flew to Baghdad last month to broker the move, said it opened the way to easing the sanctions.", [], ["RUS MEETS IRQ"]),
 ("The Security Council, which has kept an oil embargo on Iraq since 1990, welcomed the decision but said Baghdad must also account for missing Kuwaitis.", ["org:UNSC SANCTIONS IRQ"], ["org:UNSC SUPPORTS IRQ"]),
 ("The United States and Britain said the sanctions should stay until Iraq complies with all the resolutions.", [], ["USA SANCTIONS IRQ", "GBR SANCTIONS IRQ"]),
 ("Kuwait, where American and British warplanes are still based, called the recognition a first step.", ["USA DEPLOYS_TROOPS KWT", "GBR DEPLOYS_TROOPS KWT"], ["KWT SUPPORTS IRQ"]),
]
