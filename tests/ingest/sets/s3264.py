DAY = "1986-10-25"
SENTS = [
 ("Britain broke off diplomatic relations with Syria on Friday after a jury convicted a Jordanian, Nezar Hindawi, of trying to blow up an Israeli airliner with a bomb hidden in his pregnant girlfriend's bag.", [], ["GBR CONDEMNS SYR", "GBR SANCTIONS SYR"]),
 ("Foreign Secretary Sir Geoffrey Howe accused Syrian intelligence of supplying the bomb and said the ambassador himself had been involved.", ["person:geoffrey-howe CONDEMNS SYR"], ["GBR CONDEMNS SYR"]),
 ("Syria denied any part in the plot, called the charge a fabrication by British and Israeli intelligence, and expelled the British ambassador from Damascus.", ["SYR CONDEMNS GBR", "SYR CONDEMNS ISR"], ["SYR SANCTIONS GBR"]),
 ("In support of Britain, Washington and Ottawa called their envoys home from Syria as well.", ["USA SUPPORTS GBR", "CAN SUPPORTS GBR"], ["USA CONDEMNS SYR", "CAN CONDEMNS SYR"]),
 ("Britain's European partners declined to follow suit.", [], []),
]
