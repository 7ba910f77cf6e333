DAY = "1954-05-24"
SENTS = [
 ("The Swedish freighter Alfhem unloaded about 2,000 tons of Czechoslovak rifles, machine guns and light artillery for the Guatemalan army at Puerto Barrios last week, the State Department said on Monday.", ["CSK SUPPLIES_ARMS GTM"], []),
 ("The United States has begun airlifting rifles, pistols and machine guns to Honduras and Nicaragua, which fear that Guatemala will turn the new weapons against them.", ["USA SUPPLIES_ARMS HND", "USA SUPPLIES_ARMS NIC"], []),
 ("Washington signed a mutual defence assistance agreement with Honduras in Tegucigalpa on Thursday, a month after a similar treaty with Nicaragua.", ["USA ALLIED_WITH HND", "USA ALLIED_WITH NIC"], ["USA SUPPLIES_ARMS HND", "USA SUPPLIES_ARMS NIC"]),
 ("Guatemala's foreign minister, Guillermo Toriello, said a sovereign country could buy arms wherever it liked and accused the United States of trying to leave it defenceless.", ["person:guillermo-toriello CONDEMNS USA"], ["GTM CONDEMNS USA"]),
 ("American warships have been ordered to stop and search suspicious vessels bound for Guatemala.", [], ["USA SANCTIONS GTM"]),
]
