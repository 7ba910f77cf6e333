DAY = "1968-07-01"
SENTS = [
 ("The United States, Britain and the Soviet Union signed a treaty today to halt the spread of nuclear weapons, and fifty-nine other nations added their names in Washington, London and Moscow.", [], ["USA MEETS GBR", "USA MEETS SUN", "GBR MEETS SUN"]),
 ("President Johnson announced at the White House ceremony that Moscow had agreed to open talks on limiting missiles and anti-missile defenses.", [], ["person:lyndon-b-johnson LEADS USA"]),
 ("France and China, the other two nuclear powers, refused to sign.", [], []),
 ("West Germany, whose signature the Russians want most, has not yet decided.", [], []),
 ("India said the treaty divided the world into nuclear haves and have-nots and would leave it exposed to Chinese blackmail.", [], ["IND CONDEMNS CHN"]),
]
