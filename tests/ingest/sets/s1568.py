DAY = "2018-06-10"
SENTS = [
 ("Donald Trump withdrew his endorsement of the G7 communique after leaving the summit in Canada, calling Justin Trudeau very dishonest and weak.", ["person:donald-trump CONDEMNS person:justin-trudeau"], ["person:donald-trump MEETS CAN"]),
 ("Trudeau had said at a news conference that Canada would not be pushed around by American tariffs on steel and aluminium.", [], ["person:justin-trudeau CONDEMNS USA"]),
 ("Germany and France backed Canada, with Angela Merkel calling the reversal sobering and a bit depressing.", ["DEU SUPPORTS CAN", "FRA SUPPORTS CAN"], []),
 ("Trump also called for Russia to be readmitted to the group, from which it was suspended after annexing Crimea in 2014.", [], ["RUS MEMBER_OF org:G7", "RUS ATTACKS UKR"]),
 ("The president flew on to Singapore for his summit with Kim Jong Un.", [], ["person:donald-trump MEETS person:kim-jong-un"]),
]
