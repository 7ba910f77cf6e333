DAY = "2019-11-13"
SENTS = [
 ("Donald Trump hosted Recep Tayyip Erdogan at the White House on Wednesday, five weeks after Turkey launched an offensive against Kurdish fighters in northern Syria.", ["person:donald-trump MEETS person:recep-tayyip-erdogan", "person:recep-tayyip-erdogan MEETS USA", "TUR ATTACKS SYR"], []),
 ("Trump called himself a big fan of the Turkish president and said the two leaders had a wonderful meeting.", ["person:donald-trump SUPPORTS person:recep-tayyip-erdogan", "person:donald-trump MEETS person:recep-tayyip-erdogan"], ["person:recep-tayyip-erdogan LEADS TUR"]),
 ("Congress has pushed for sanctions on Ankara over the incursion and over its purchase of the Russian S-400 missile system.", ["RUS SUPPLIES_ARMS TUR"], ["USA SANCTIONS TUR"]),
 ("The Kurdish-led Syrian Democratic Forces, which fought alongside American troops against Islamic State, accused Turkey of ethnic cleansing.", ["org:SDF CONDEMNS TUR", "org:SDF ATTACKS org:ISIS"], ["USA ATTACKS org:ISIS"]),
 ("Erdogan returned a letter Trump had sent him urging him not to be a tough guy.", [], []),
]
