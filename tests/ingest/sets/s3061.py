DAY = "2007-01-20"
SENTS = [
 ("China destroyed one of its own ageing weather satellites with a missile last week, the first such test by any country in more than twenty years, American officials said.", [], []),
 ("The United States, Japan and Australia protested to Beijing, saying the debris would endanger other satellites and the test ran against China's pledges to keep weapons out of space.", ["USA CONDEMNS CHN", "JPN CONDEMNS CHN", "AUS CONDEMNS CHN"], []),
 ("Shinzo Abe, who became Japan's Prime Minister in September, demanded an explanation from Beijing.", ["person:shinzo-abe LEADS JPN"], ["person:shinzo-abe CONDEMNS CHN"]),
 ("Beijing acknowledged the test only on Tuesday, insisting that it threatened no one.", [], []),
 ("Russia, which with China has pressed for a treaty banning weapons in space, said Washington's own plans for space defences had provoked the test.", ["RUS CONDEMNS USA"], ["RUS SUPPORTS CHN"]),
]
