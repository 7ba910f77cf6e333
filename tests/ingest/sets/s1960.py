DAY = "2009-05-19"
SENTS = [
 ("Sri Lanka's President Mahinda Rajapaksa declared victory over the Tamil Tigers in a speech to parliament on Tuesday, ending a 26-year civil war.", ["person:mahinda-rajapaksa LEADS LKA"], []),
 ("China, Pakistan and India supplied weapons and training to the Sri Lankan military during the final phase of the war, defence analysts said.", ["CHN SUPPLIES_ARMS LKA", "PAK SUPPLIES_ARMS LKA", "IND SUPPLIES_ARMS LKA"], []),
 ("British Foreign Secretary David Miliband and his French counterpart Bernard Kouchner flew to Colombo last month to press for a humanitarian ceasefire.", ["person:david-miliband MEETS LKA", "person:bernard-kouchner MEETS LKA"], []),
 ("The United States suspended military aid to Sri Lanka in 2007, citing human rights abuses.", [], ["USA SANCTIONS LKA"]),
 ("Russia and China blocked attempts by Western members to put the conflict on the agenda of the UN Security Council.", [], []),
 ("Japan, Sri Lanka's largest donor, urged Colombo to begin talks with the Tamil minority.", [], ["JPN SUPPORTS LKA"]),
]
