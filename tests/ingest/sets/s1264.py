DAY = "2025-07-03"
SENTS = [
 ("Iran suspended its cooperation with the International Atomic Energy Agency on Wednesday under a law passed by parliament after the US and Israeli strikes.", [], ["IRN MEMBER_OF org:IAEA", "ISR ATTACKS IRN", "USA ATTACKS IRN"]),
 ("Tehran accuses the agency's chief, Rafael Grossi, of paving the way for the attacks with a critical report.", ["IRN CONDEMNS person:rafael-grossi"], ["person:rafael-grossi LEADS org:IAEA", "IRN CONDEMNS org:IAEA"]),
 ("IAEA inspectors left the country days later.", [], []),
 ("Germany, France and Britain warned that they would reimpose UN sanctions if Iran did not restore access.", [], []),
 ("Russia and China, which signed the 2015 nuclear deal, said a snapback would be illegal.", [], []),
]
