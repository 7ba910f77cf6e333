DAY = "2015-04-10"
SENTS = [
 ("Pakistan's parliament voted unanimously on Friday to stay neutral in the conflict in Yemen, rebuffing a request from Saudi Arabia for warplanes, warships and ground troops.", [], ["PAK SUPPORTS SAU"]),
 ("Saudi Arabia, which has led an air campaign against the Houthi rebels since March 26, is one of Pakistan's most generous benefactors.", ["SAU ATTACKS org:HOUTHIS", "SAU SUPPORTS PAK"], []),
 ("A senior United Arab Emirates minister warned that Pakistan would pay a heavy price for what he called its ambiguous stand.", [], ["ARE CONDEMNS PAK"]),
 ("Prime Minister Nawaz Sharif said Pakistan would defend Saudi territory if it were threatened.", [], ["person:nawaz-sharif LEADS PAK", "PAK ALLIED_WITH SAU"]),
 ("Iranian Foreign Minister Mohammad Javad Zarif held talks in Islamabad this week and urged Pakistan to help end the war.", ["person:mohammad-javad-zarif MEETS PAK"], []),
]
