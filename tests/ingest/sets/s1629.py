DAY = "2023-07-12"
SENTS = [
 ("NATO leaders meeting in Vilnius agreed that Ukraine would be invited to join the alliance when allies agree and conditions are met, stopping short of a timeline.", [], ["UKR MEMBER_OF org:NATO"]),
 ("Volodymyr Zelensky called the absence of a timeline absurd before arriving in the Lithuanian capital.", [], ["person:volodymyr-zelensky CONDEMNS org:NATO", "person:volodymyr-zelensky MEETS LTU"]),
 ("The G7 countries announced a framework for long-term security commitments to Ukraine, including weapons and training.", ["org:G7 SUPPORTS UKR"], ["org:G7 SUPPLIES_ARMS UKR"]),
 ("Turkey's President Recep Tayyip Erdogan dropped his objection to Sweden's membership on the eve of the summit.", ["person:recep-tayyip-erdogan LEADS TUR"], ["person:recep-tayyip-erdogan SUPPORTS SWE"]),
 ("Germany pledged a further 700 million euros in military aid to Kyiv, including two Patriot launchers.", ["DEU SUPPLIES_ARMS UKR"], ["DEU SUPPORTS UKR"]),
]
