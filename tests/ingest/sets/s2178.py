DAY = "1971-07-16"
SENTS = [
 ("President Richard Nixon announced on Thursday that he would visit China before May next year at the invitation of Premier Chou En-lai.", [], ["person:richard-nixon MEETS CHN", "person:richard-nixon MEETS person:zhou-enlai", "person:richard-nixon LEADS USA", "person:zhou-enlai LEADS CHN"]),
 ("The announcement followed a secret visit to Peking last week by Henry Kissinger, the President's national security adviser, who held talks with Chou.", ["person:henry-kissinger MEETS CHN", "person:henry-kissinger MEETS person:zhou-enlai"], []),
 ("Kissinger had flown to Peking from Pakistan, whose President Yahya Khan arranged the trip.", ["person:yahya-khan LEADS PAK", "person:henry-kissinger MEETS CHN"], ["person:henry-kissinger MEETS PAK"]),
 ("Taiwan's government protested, and Japan said it had been informed only minutes before the announcement.", [], ["TWN CONDEMNS USA"]),
 ("The Soviet Union made no immediate comment.", [], []),
]
