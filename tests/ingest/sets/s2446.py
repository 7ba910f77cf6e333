DAY = "2013-06-12"
SENTS = [
 ("Egyptian President Mohamed Morsi said on Monday that all options were open to protect Egypt's share of the Nile waters, after Ethiopia began diverting the Blue Nile to build a giant hydroelectric dam.", ["person:mohamed-morsi LEADS EGY"], ["person:mohamed-morsi CONDEMNS ETH"]),
 ("Ethiopia's foreign ministry summoned the Egyptian ambassador after Egyptian politicians, in a meeting broadcast live by mistake, discussed sabotaging the dam or arming Ethiopian rebels.", ["ETH CONDEMNS EGY"], []),
 ("Egypt's foreign minister, Mohamed Kamel Amr, flew to Addis Ababa on Sunday for talks with his Ethiopian counterpart, Tedros Adhanom.", ["person:mohamed-kamel-amr MEETS ETH", "person:mohamed-kamel-amr MEETS person:tedros-adhanom-ghebreyesus"], []),
 ("Ethiopia's parliament on Thursday ratified a treaty, signed by six countries of the Nile basin, that strips Egypt of its veto over projects upstream.", [], []),
 ("Sudan, which stands to gain cheap electricity from the dam, has backed Ethiopia.", ["SDN SUPPORTS ETH"], []),
]
