DAY = "1997-03-21"
SENTS = [
 ("Bill Clinton and Boris Yeltsin agreed at their summit in Helsinki on Friday to seek deep new cuts in their nuclear arsenals, but failed to settle their quarrel over NATO's plan to admit former Soviet allies.", ["person:bill-clinton MEETS person:boris-yeltsin"], ["RUS CONDEMNS org:NATO"]),
 ("Yeltsin called the alliance's eastward expansion a serious mistake and said Russia would take steps to protect its security.", [], ["person:boris-yeltsin CONDEMNS org:NATO"]),
 ("Warsaw, Budapest and Prague hope for invitations to membership when allied leaders gather in Spain this summer.", [], ["POL MEMBER_OF org:NATO", "HUN MEMBER_OF org:NATO", "CZE MEMBER_OF org:NATO"]),
 ("Clinton promised that the alliance had no intention of stationing nuclear weapons on the territory of its new members.", [], []),
 ("Finnish President Martti Ahtisaari, the host, hosted the two leaders at his official residence.", ["person:martti-ahtisaari LEADS FIN"], ["person:martti-ahtisaari MEETS person:bill-clinton", "person:martti-ahtisaari MEETS person:boris-yeltsin"]),
]
