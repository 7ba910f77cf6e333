DAY = "1986-11-13"
SENTS = [
 ("President Reagan acknowledged in a televised address on Thursday that the United States had secretly sent what he called small amounts of defensive weapons and spare parts to Iran.", ["USA SUPPLIES_ARMS IRN"], ["person:ronald-reagan LEADS USA"]),
 ("He denied that the shipments were ransom for American hostages held in Lebanon by groups linked to Tehran.", [], []),
 ("Israel shipped more than 500 American-made TOW anti-tank missiles to Iran in 1985 with Washington's approval, officials said.", ["ISR SUPPLIES_ARMS IRN"], ["USA SUPPLIES_ARMS IRN"]),
 ("The disclosure angered Arab allies such as Saudi Arabia and Kuwait, which have bankrolled Iraq's war against Iran.", ["SAU SUPPORTS IRQ", "KWT SUPPORTS IRQ", "IRQ ATTACKS IRN"], []),
 ("The United States has an arms embargo on Iran and has pressed its allies since 1983 to stop selling weapons to Tehran.", ["USA SANCTIONS IRN"], []),
]
