DAY = "2016-09-27"
SENTS = [
 ("President Juan Manuel Santos and the FARC rebel commander known as Timochenko signed a peace accord in Cartagena on Monday, ending more than half a century of war.", [], ["person:juan-manuel-santos LEADS COL", "person:juan-manuel-santos MEETS org:FARC", "COL ATTACKS org:FARC", "org:FARC ATTACKS COL"]),
 ("Cuban President Raul Castro, whose government hosted four years of negotiations in Havana, watched the signing alongside UN Secretary-General Ban Ki-moon and 15 Latin American heads of state.", ["person:raul-castro LEADS CUB", "person:ban-ki-moon LEADS org:UN"], ["person:raul-castro MEETS COL", "CUB SUPPORTS COL", "person:ban-ki-moon MEETS COL", "person:ban-ki-moon MEETS person:raul-castro", "person:ban-ki-moon MEETS CUB"]),
 ("Secretary of State John Kerry told the ceremony that the United States would ask Congress for $390 million next year to help Colombia implement the deal.", [], ["USA SUPPORTS COL", "person:john-kerry MEETS COL"]),
 ("The European Union suspended the FARC from its list of terrorist organisations hours after the signing.", [], ["org:EU SUPPORTS org:FARC"]),
 ("Norway, which acted as a guarantor of the talks alongside Cuba, said it would keep funding the removal of landmines.", [], ["NOR SUPPORTS COL"]),
]
