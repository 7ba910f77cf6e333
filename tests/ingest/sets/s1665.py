DAY = "2019-04-12"
SENTS = [
 ("Sudan's military ousted President Omar al-Bashir on Thursday after months of protests, ending his 30-year rule.", [], ["person:omar-al-bashir LEADS SDN"]),
 ("Defence Minister Awad Ibn Auf announced a two-year military transition and suspended the constitution.", [], []),
 ("The African Union condemned the takeover and threatened to suspend Sudan if the army did not hand power to civilians within 15 days.", [], ["org:AU CONDEMNS SDN"]),
 ("Saudi Arabia and the United Arab Emirates, which have funded Sudan's government, pledged $3 billion in aid to the new military council.", ["SAU SUPPORTS SDN", "ARE SUPPORTS SDN"], []),
 ("Bashir, who is wanted by the International Criminal Court on charges of genocide in Darfur, was taken to Kober prison in Khartoum.", [], ["org:ICC CONDEMNS person:omar-al-bashir"]),
]
