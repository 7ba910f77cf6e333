DAY = "1955-04-25"
SENTS = [
 ("Leaders of 29 Asian and African countries ended a conference in Bandung, Indonesia, on Sunday with a call for an end to colonialism in all its forms.", [], []),
 ("Chinese Premier Zhou Enlai, who held talks with Indian Prime Minister Jawaharlal Nehru and Egypt's Gamal Abdel Nasser on the sidelines, offered to negotiate with the United States over Taiwan.", ["person:zhou-enlai LEADS CHN", "person:jawaharlal-nehru LEADS IND", "person:zhou-enlai MEETS person:jawaharlal-nehru", "person:zhou-enlai MEETS person:gamal-abdel-nasser"], ["person:gamal-abdel-nasser LEADS EGY", "person:zhou-enlai MEETS USA", "person:zhou-enlai MEETS IDN", "person:jawaharlal-nehru MEETS IDN", "person:gamal-abdel-nasser MEETS IDN"]),
 ("President Sukarno of Indonesia, the host, called the meeting the first intercontinental conference of coloured peoples in the history of mankind.", ["person:sukarno LEADS IDN"], []),
 ("Pakistan, Turkey and Iraq, which are allied with the West, defended their membership of military pacts against criticism from India.", [], ["PAK ALLIED_WITH bloc:WEST", "TUR ALLIED_WITH bloc:WEST", "IRQ ALLIED_WITH bloc:WEST", "IND CONDEMNS PAK", "IND CONDEMNS TUR", "IND CONDEMNS IRQ"]),
 ("The State Department said the United States welcomed any Chinese offer that would reduce tension in the Taiwan Strait.", [], []),
]
