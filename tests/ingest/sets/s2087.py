DAY = "2007-01-01"
SENTS = [
 ("Bulgaria and Romania joined the European Union at midnight, bringing the bloc's membership to 27 countries and nearly half a billion people.", ["BGR MEMBER_OF org:EU", "ROU MEMBER_OF org:EU"], []),
 ("Both countries must still meet strict conditions on fighting corruption and organised crime, and the European Commission can suspend aid if they fail.", [], []),
 ("Slovenia adopted the euro on the same day, the first of the ten countries that joined the bloc in 2004 to do so.", [], ["SVN MEMBER_OF org:EU"]),
 ("German Chancellor Angela Merkel, whose country took over the EU presidency, said the enlargement had made Europe stronger.", ["person:angela-merkel LEADS DEU"], ["DEU MEMBER_OF org:EU"]),
 ("Romanian President Traian Basescu told crowds in Bucharest that the country was returning to its European family.", ["person:traian-basescu LEADS ROU"], []),
]
