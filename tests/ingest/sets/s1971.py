DAY = "2014-09-16"
SENTS = [
 ("President Barack Obama said on Tuesday that the United States would send 3,000 troops to West Africa to help fight the Ebola epidemic, and build treatment centres in Liberia.", [], ["USA DEPLOYS_TROOPS LBR", "person:barack-obama LEADS USA"]),
 ("Cuba said it would send 165 doctors and nurses to Sierra Leone, the largest medical team offered by any country.", [], ["CUB SUPPORTS SLE"]),
 ("China has flown a mobile laboratory and 59 medical workers to Sierra Leone.", ["CHN SUPPORTS SLE"], []),
 ("Liberian President Ellen Johnson Sirleaf wrote to Obama last week asking for help.", ["person:ellen-johnson-sirleaf LEADS LBR"], ["person:ellen-johnson-sirleaf MEETS person:barack-obama", "person:barack-obama SUPPORTS LBR"]),
 ("Britain pledged to build a 62-bed treatment centre near Freetown, and France promised a field hospital in Guinea.", [], ["GBR SUPPORTS SLE", "FRA SUPPORTS GIN"]),
]
