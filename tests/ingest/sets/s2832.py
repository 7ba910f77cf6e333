DAY = "1955-05-27"
SENTS = [
 ("Nikita S. Khrushchev and Premier Nikolai A. Bulganin arrived in Belgrade on Thursday and were greeted at the airport by President Tito.", ["person:nikita-khrushchev MEETS YUG", "person:nikolai-bulganin MEETS YUG", "person:nikita-khrushchev MEETS person:josip-broz-tito", "person:nikolai-bulganin MEETS person:josip-broz-tito"], ["person:nikolai-bulganin LEADS SUN", "person:josip-broz-tito LEADS YUG"]),
 ("Khrushchev blamed the break of 1948 on Lavrenti Beria, who was executed in 1953.", [], []),
 ("Yugoslavia, expelled from the Cominform seven years ago, has since received American arms and economic aid.", ["USA SUPPLIES_ARMS YUG", "USA SUPPORTS YUG"], []),
 ("Tito has signed a treaty of alliance with Greece and Turkey, both members of NATO.", ["YUG ALLIED_WITH GRC", "YUG ALLIED_WITH TUR", "GRC MEMBER_OF org:NATO", "TUR MEMBER_OF org:NATO"], ["person:josip-broz-tito ALLIED_WITH GRC"]),
 ("Western diplomats in Belgrade said Tito would not give up his independence.", [], []),
]
