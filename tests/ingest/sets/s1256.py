DAY = "2025-06-24"
SENTS = [
 ("Iran fired missiles at the Al Udeid air base in Qatar on Monday in retaliation for US strikes on its nuclear facilities at Fordow, Natanz and Isfahan.", ["USA ATTACKS IRN"], ["IRN ATTACKS QAT", "IRN ATTACKS USA"]),
 ("Qatari air defences intercepted all but one of the missiles, and no one was hurt.", [], []),
 ("Doha condemned the attack as a flagrant violation of its airspace.", [], ["QAT CONDEMNS IRN"]),
 ("Hours later, Donald Trump announced a ceasefire between Iran and Israel, which both sides later confirmed.", [], []),
 ("Al Udeid hosts about 10,000 American troops and is the largest US base in the Middle East.", [], ["USA DEPLOYS_TROOPS QAT"]),
]
