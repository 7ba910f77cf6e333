DAY = "2023-04-10"
SENTS = [
 ("A Saudi delegation led by ambassador Mohammed Al Jaber arrived in Sanaa on Sunday for talks with Houthi officials on ending the war in Yemen.", [], ["SAU MEETS YEM", "SAU MEETS org:HOUTHIS"]),
 ("An Omani delegation, which helped mediate the talks, accompanied them.", [], ["OMN MEETS SAU", "OMN MEETS org:HOUTHIS"]),
 ("The Saudi-led coalition intervened in Yemen in 2015 after the Houthis ousted the internationally recognised government from the capital.", [], ["SAU DEPLOYS_TROOPS YEM", "SAU ATTACKS org:HOUTHIS", "org:HOUTHIS ATTACKS YEM"]),
 ("Riyadh has recently restored relations with Iran, the Houthis' main backer.", ["IRN SUPPORTS org:HOUTHIS"], ["SAU MEETS IRN"]),
 ("The Houthis released 13 Saudi prisoners days later in an exchange mediated by the Red Cross.", [], []),
]
