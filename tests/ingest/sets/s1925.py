DAY = "2025-01-21"
SENTS = [
 ("Hours after his inauguration, Donald Trump signed an order withdrawing the United States from the World Health Organization, which he accused of mishandling the Covid-19 pandemic.", ["person:donald-trump CONDEMNS org:WHO"], []),
 ("He also said he would impose 25 percent tariffs on Canada and Mexico from February 1 over migrants and fentanyl crossing their borders.", [], ["USA SANCTIONS CAN", "USA SANCTIONS MEX"]),
 ("Trump designated Mexican drug cartels as foreign terrorist organisations and declared a national emergency on the southern border.", [], []),
 ("China's foreign ministry said it hoped Washington would fulfil its international responsibilities in the WHO.", [], []),
 ("Chinese Vice-President Han Zheng attended the inauguration, the first time a senior Chinese official had done so.", [], []),
]
