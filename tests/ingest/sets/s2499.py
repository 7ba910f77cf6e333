DAY = "2019-07-16"
SENTS = [
 ("European Union foreign ministers cut 146 million euros of pre-accession aid to Turkey on Monday and suspended talks on an aviation agreement, in response to Turkish drilling for gas off Cyprus.", ["org:EU SANCTIONS TUR"], ["TUR MEMBER_OF org:EU"]),
 ("The ministers also asked the European Investment Bank to review its lending to Turkey.", [], ["org:EU SANCTIONS TUR"]),
 ("Turkey, which does not recognise the Greek Cypriot government, said the measures would not deter it and sent a fourth drilling ship to the island's waters.", [], ["TUR CONDEMNS CYP", "TUR CONDEMNS org:EU"]),
 ("Cypriot President Nicos Anastasiades accused Ankara of violating the island's sovereignty.", ["person:nicos-anastasiades LEADS CYP", "person:nicos-anastasiades CONDEMNS TUR"], []),
 ("The United States has also urged Turkey to halt its drilling operations, which it called provocative.", ["USA CONDEMNS TUR"], []),
]
