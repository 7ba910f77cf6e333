DAY = "2007-11-27"
SENTS = [
 ("Prime Minister Ehud Olmert and President Mahmoud Abbas agreed at a conference in Annapolis on Tuesday to try to reach a peace treaty by the end of 2008.", ["person:ehud-olmert MEETS person:mahmoud-abbas"], ["person:ehud-olmert LEADS ISR", "person:mahmoud-abbas LEADS PSE"]),
 ("President Bush read out their joint statement to delegates from more than 40 countries, including Saudi Arabia and Syria.", [], ["person:george-w-bush LEADS USA", "person:george-w-bush MEETS person:ehud-olmert", "person:george-w-bush MEETS person:mahmoud-abbas"]),
 ("Saudi Arabia, which does not recognize Israel, sent its foreign minister, Prince Saud al-Faisal.", [], []),
 ("Hamas, which seized control of Gaza from Abbas's Fatah movement in June, denounced the conference as a failure.", [], ["org:HAMAS CONDEMNS person:mahmoud-abbas"]),
 ("Iran's President Mahmoud Ahmadinejad said the meeting was doomed.", ["person:mahmoud-ahmadinejad LEADS IRN"], []),
]
