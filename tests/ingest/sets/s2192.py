DAY = "1984-11-01"
SENTS = [
 ("Prime Minister Indira Gandhi was shot dead by two of her Sikh bodyguards in the garden of her residence in New Delhi on Wednesday.", [], ["person:indira-gandhi LEADS IND"]),
 ("Her son Rajiv Gandhi was sworn in as prime minister hours later.", [], ["person:rajiv-gandhi LEADS IND"]),
 ("Pakistan's President Zia ul-Haq condemned the killing and announced three days of mourning.", ["person:muhammad-zia-ul-haq LEADS PAK"], []),
 ("The Soviet Union, India's main arms supplier, said it had lost a great friend.", ["SUN SUPPLIES_ARMS IND"], []),
 ("Britain's Prime Minister Margaret Thatcher, who was herself the target of a bomb attack in Brighton this month, will attend the funeral.", ["person:margaret-thatcher LEADS GBR"], ["person:margaret-thatcher MEETS IND"]),
]
