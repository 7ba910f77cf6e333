DAY = "2002-01-30"
SENTS = [
 ("President George W. Bush said in his State of the Union address on Tuesday that North Korea, Iran and Iraq, and their terrorist allies, constitute an axis of evil arming to threaten the peace of the world.", ["person:george-w-bush CONDEMNS PRK", "person:george-w-bush CONDEMNS IRN", "person:george-w-bush CONDEMNS IRQ"], ["person:george-w-bush LEADS USA"]),
 ("Iranian President Mohammad Khatami accused Bush of arrogance and of insulting the Iranian people.", ["person:mohammad-khatami LEADS IRN", "person:mohammad-khatami CONDEMNS person:george-w-bush"], []),
 ("North Korea's official news agency said the speech amounted to a declaration of war and warned that Pyongyang would not tolerate American pressure.", [], ["PRK CONDEMNS USA"]),
 ("Bush also pledged to increase military spending by $48 billion and said US troops would stay in Afghanistan until the Taliban and al-Qaeda were defeated.", [], ["USA DEPLOYS_TROOPS AFG", "USA ATTACKS org:TALIBAN", "USA ATTACKS org:AL-QAEDA"]),
 ("European leaders criticised the remarks, and French Foreign Minister Hubert Vedrine called Washington's approach simplistic.", ["person:hubert-vedrine CONDEMNS USA"], []),
 ("South Korea, which has pursued a policy of engagement with the North, said it hoped Washington would keep talking to Pyongyang.", [], ["USA MEETS PRK"]),
]
