DAY = "2017-11-23"
SENTS = [
 ("Myanmar and Bangladesh signed an agreement on Thursday to begin returning hundreds of thousands of Rohingya Muslims who fled an army crackdown in Rakhine state, though aid groups said the refugees would not be safe.", [], ["MMR MEETS BGD"]),
 ("Aung San Suu Kyi, Myanmar's de facto leader, met Bangladesh's foreign minister in Naypyitaw before the deal was signed.", ["person:aung-san-suu-kyi LEADS MMR"], ["person:aung-san-suu-kyi MEETS BGD"]),
 ("The United States on Wednesday called the military operation ethnic cleansing and said it would consider targeted sanctions against those responsible.", [], ["USA CONDEMNS MMR", "USA SANCTIONS MMR"]),
 ("Secretary of State Rex Tillerson said the Burmese military's abuses had caused tremendous suffering.", ["person:rex-tillerson CONDEMNS MMR"], []),
 ("China, Myanmar's biggest investor, proposed a three-stage plan that began with a ceasefire and backed the government's right to restore order.", ["CHN TRADES_WITH MMR", "CHN SUPPORTS MMR"], []),
]
