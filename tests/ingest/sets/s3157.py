DAY = "2015-05-15"
SENTS = [
 ("A Burundian general, Godefroid Niyombare, announced on Wednesday that he had dismissed President Pierre Nkurunziza while the president was at a regional summit in Tanzania.", [], ["person:pierre-nkurunziza LEADS BDI", "person:pierre-nkurunziza MEETS TZA"]),
 ("Loyalist troops retook the state broadcaster in Bujumbura on Thursday, and Mr. Nkurunziza flew home after Tanzania's President Jakaya Kikwete denounced the attempted coup.", ["person:jakaya-kikwete LEADS TZA"], ["person:jakaya-kikwete SUPPORTS person:pierre-nkurunziza"]),
 ("Rwanda's President Paul Kagame, whose country has taken in tens of thousands of Burundian refugees, said last week that Mr. Nkurunziza should not seek a third term.", ["person:paul-kagame LEADS RWA"], ["person:paul-kagame CONDEMNS person:pierre-nkurunziza"]),
 ("Brussels and The Hague had already held back some of their development money for Bujumbura over the third-term crisis.", [], ["BEL SANCTIONS BDI", "NLD SANCTIONS BDI"]),
]
