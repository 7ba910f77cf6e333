DAY = "2001-09-13"
SENTS = [
 ("NATO invoked Article 5 of its founding treaty for the first time on Wednesday, declaring the attacks on New York and Washington an attack on all 19 members.", ["org:NATO SUPPORTS USA"], ["USA MEMBER_OF org:NATO"]),
 ("Vladimir Putin telephoned George W. Bush to offer his condolences and his support in the fight against terrorism.", ["person:vladimir-putin MEETS person:george-w-bush"], ["person:vladimir-putin SUPPORTS person:george-w-bush"]),
 ("Pakistan's military ruler, General Pervez Musharraf, pledged his unstinted cooperation after Washington demanded help in tracking Osama bin Laden.", ["person:pervez-musharraf LEADS PAK"], ["person:pervez-musharraf SUPPORTS USA"]),
 ("The Taliban, which shelters bin Laden in Afghanistan, warned neighbouring countries not to help the Americans.", [], []),
 ("Iran's president, Mohammad Khatami, condemned the attacks and expressed sympathy with the American people.", ["person:mohammad-khatami LEADS IRN"], []),
]
