DAY = "1984-10-31"
SENTS = [
 ("Prime Minister Indira Gandhi was shot dead this morning in the garden of her home in New Delhi by two of her Sikh bodyguards.", [], ["person:indira-gandhi LEADS IND"]),
 ("Her son, Rajiv Gandhi, was sworn in as India's Prime Minister this evening by President Zail Singh.", ["person:rajiv-gandhi LEADS IND"], ["person:zail-singh LEADS IND"]),
 ("President Reagan called the murder a senseless act of terror, and Moscow said the Soviet people had lost a great friend.", [], ["person:ronald-reagan LEADS USA"]),
 ("Pakistan's President, Zia ul-Haq, whom New Delhi has accused of arming Sikh extremists, sent his condolences and said he would go to the funeral.", ["person:muhammad-zia-ul-haq LEADS PAK", "IND CONDEMNS person:muhammad-zia-ul-haq"], ["person:muhammad-zia-ul-haq MEETS IND", "IND CONDEMNS PAK"]),
 ("Britain's Prime Minister, Margaret Thatcher, will fly to New Delhi for the funeral on Saturday.", ["person:margaret-thatcher LEADS GBR"], ["person:margaret-thatcher MEETS IND"]),
]
