DAY = "1979-04-01"
SENTS = [
 ("The Arab League suspended Egypt on Saturday and agreed to move its headquarters from Cairo to Tunis, in punishment for the peace treaty President Sadat signed with Israel.", ["EGY MEMBER_OF org:ARAB_LEAGUE"], ["org:ARAB_LEAGUE SANCTIONS EGY", "org:ARAB_LEAGUE CONDEMNS EGY", "EGY MEETS ISR", "EGY ALLIED_WITH ISR", "person:anwar-sadat LEADS EGY", "person:anwar-sadat MEETS ISR"]),
 ("Saudi Arabia, Kuwait and the other Gulf states, which have given Cairo billions of dollars in aid since 1973, agreed to cut off the money.", ["SAU SUPPORTS EGY", "KWT SUPPORTS EGY"], ["SAU SANCTIONS EGY", "KWT SANCTIONS EGY"]),
 ("Baghdad and Damascus, leaders of the campaign against Sadat, withdrew their envoys from Cairo.", [], ["IRQ CONDEMNS EGY", "SYR CONDEMNS EGY", "IRQ CONDEMNS person:anwar-sadat", "SYR CONDEMNS person:anwar-sadat"]),
 ("Sadat called the Arab decision a tantrum by rejectionists and said Egypt would not be isolated.", [], ["person:anwar-sadat CONDEMNS org:ARAB_LEAGUE"]),
 ("American economic assistance to Egypt came to about a billion dollars last year.", ["USA SUPPORTS EGY"], []),
]
