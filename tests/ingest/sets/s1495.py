DAY = "2018-07-16"
SENTS = [
 ("Donald Trump and Vladimir Putin met for more than two hours in Helsinki on Monday, with only their interpreters in the room.", ["person:donald-trump MEETS person:vladimir-putin"], []),
 ("At a joint news conference afterwards, Trump sided with the Russian leader over his own intelligence agencies on whether Moscow had meddled in the 2016 election.", ["person:donald-trump SUPPORTS person:vladimir-putin"], ["person:donald-trump SUPPORTS RUS", "person:donald-trump MEETS person:vladimir-putin"]),
 ("Putin again denied that Russia had interfered and offered to let American investigators sit in on interviews with the 12 indicted Russian intelligence officers.", [], []),
 ("Senator John McCain called it one of the most disgraceful performances by an American president in memory.", [], []),
 ("Days earlier at a NATO summit in Brussels, Trump had accused Germany of being totally controlled by Russia because of its gas imports.", ["person:donald-trump CONDEMNS DEU"], ["DEU TRADES_WITH RUS"]),
]
