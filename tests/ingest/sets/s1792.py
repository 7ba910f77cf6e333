DAY = "2023-05-19"
SENTS = [
 ("Chinese President Xi Jinping hosted the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in the ancient city of Xi'an on Friday for the first in-person China-Central Asia summit.", ["person:xi-jinping LEADS CHN", "person:xi-jinping MEETS KAZ", "person:xi-jinping MEETS KGZ", "person:xi-jinping MEETS TJK", "person:xi-jinping MEETS TKM", "person:xi-jinping MEETS UZB"], []),
 ("Xi offered the five former Soviet republics 26 billion yuan in financing and grants and pledged to help them strengthen their defence capabilities.", [], []),
 ("Kazakh President Kassym-Jomart Tokayev said trade between China and his country had reached a record $31 billion last year.", ["person:kassym-jomart-tokayev LEADS KAZ", "CHN TRADES_WITH KAZ"], []),
 ("The summit coincided with a meeting of Group of Seven leaders in Hiroshima, where Russia's war in Ukraine and China's economic coercion topped the agenda.", ["RUS ATTACKS UKR"], ["org:G7 CONDEMNS CHN", "org:G7 CONDEMNS RUS"]),
 ("Russia, which regards Central Asia as its backyard, has seen its influence in the region wane since the invasion of Ukraine.", [], ["RUS ATTACKS UKR"]),
]
