DAY = "2019-12-06"
SENTS = [
 ("Greece expelled Libya's ambassador on Friday over an agreement that Tripoli's government signed with Turkey to map out their maritime boundaries across the eastern Mediterranean.", ["GRC CONDEMNS LBY"], ["LBY MEETS TUR", "GRC SANCTIONS LBY"]),
 ("Athens says the accord ignores the Greek island of Crete, which lies between the Libyan and Turkish coasts, and breaches international law.", [], ["GRC CONDEMNS TUR", "GRC CONDEMNS LBY"]),
 ("Prime Minister Kyriakos Mitsotakis said he would raise the issue at the NATO summit in London next week.", [], ["person:kyriakos-mitsotakis LEADS GRC"]),
 ("Turkey also signed a security accord with Fayez al-Sarraj's government, which is fighting forces loyal to the eastern commander Khalifa Haftar.", ["TUR ALLIED_WITH LBY"], ["TUR SUPPORTS person:fayez-al-sarraj", "person:fayez-al-sarraj LEADS LBY"]),
 ("Egypt and Cyprus, which have their own maritime dispute with Ankara, joined Greece in condemning the deal.", [], ["EGY CONDEMNS TUR", "CYP CONDEMNS TUR", "EGY CONDEMNS LBY", "CYP CONDEMNS LBY"]),
]
