DAY = "2009-02-04"
SENTS = [
 ("Kyrgyzstan's president, Kurmanbek Bakiyev, announced in Moscow on Tuesday that his government would close the American air base at Manas, a vital supply hub for the war in Afghanistan.", ["person:kurmanbek-bakiyev LEADS KGZ", "person:kurmanbek-bakiyev MEETS RUS"], ["USA DEPLOYS_TROOPS KGZ"]),
 ("Minutes earlier, Russia had agreed to give Kyrgyzstan more than $2 billion in loans and aid.", ["RUS SUPPORTS KGZ"], []),
 ("Bakiyev said Washington had refused to pay more rent for the base, which houses about 1,000 American troops and refuelling planes.", [], ["person:kurmanbek-bakiyev CONDEMNS USA", "USA TRADES_WITH KGZ"]),
 ("President Dmitry Medvedev denied that Moscow had pressed its ally to evict the Americans.", [], ["person:dmitry-medvedev LEADS RUS", "KGZ ALLIED_WITH RUS"]),
 ("Russia keeps its own air base at Kant, about 30 kilometres from Manas.", [], ["RUS DEPLOYS_TROOPS KGZ"]),
 ("Kyrgyzstan is a member of the Collective Security Treaty Organisation, a Moscow-led military alliance of former Soviet republics.", ["KGZ MEMBER_OF org:CSTO"], []),
]
