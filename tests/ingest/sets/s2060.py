DAY = "1966-08-12"
SENTS = [
 ("Indonesia and Malaysia signed an agreement in Jakarta on Thursday ending three years of undeclared war over the Borneo territories of Sabah and Sarawak.", [], ["IDN MEETS MYS", "MYS ATTACKS IDN", "IDN ATTACKS MYS"]),
 ("Indonesian Foreign Minister Adam Malik and Malaysia's Deputy Prime Minister Tun Abdul Razak signed the accord after talks in Bangkok in June.", ["person:adam-malik MEETS person:tun-abdul-razak"], ["person:adam-malik MEETS THA", "person:tun-abdul-razak MEETS THA"]),
 ("The confrontation was launched by President Sukarno, who opposed the creation of Malaysia in 1963 as a British neo-colonial project.", [], ["person:sukarno LEADS IDN", "person:sukarno CONDEMNS GBR", "person:sukarno CONDEMNS MYS"]),
 ("Britain, which has more than 50,000 servicemen in the region, welcomed the agreement and said it would begin withdrawing troops from Borneo.", [], ["GBR DEPLOYS_TROOPS MYS"]),
 ("General Suharto, who took power from Sukarno in March, has sought to restore relations with the West.", [], ["person:suharto LEADS IDN"]),
]
