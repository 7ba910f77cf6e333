DAY = "2024-11-18"
SENTS = [
 ("Russia vetoed a UN Security Council resolution on Monday that called on Sudan's warring parties to cease hostilities and allow aid to reach millions of people facing famine.", ["RUS VETOES SDN"], []),
 ("The text, drafted by Britain and Sierra Leone, received 14 votes in favour.", [], []),
 ("British Foreign Secretary David Lammy called the veto a disgrace and said Russia was the enemy of peace.", ["person:david-lammy CONDEMNS RUS"], []),
 ("Russia's deputy ambassador, Dmitry Polyanskiy, said Moscow had vetoed the draft because it undermined the sovereignty of the Sudanese government.", ["RUS VETOES SDN"], ["person:dmitry-polyanskiy VETOES SDN"]),
 ("The army, led by General Abdel Fattah al-Burhan, has been fighting the paramilitary Rapid Support Forces since April 2023.", [], ["SDN ATTACKS org:RSF", "org:RSF ATTACKS SDN"]),
 ("The United States has accused the RSF of genocide and imposed sanctions on its leader, Mohamed Hamdan Dagalo.", ["USA CONDEMNS org:RSF", "USA SANCTIONS person:mohamed-hamdan-dagalo"], ["person:mohamed-hamdan-dagalo LEADS org:RSF"]),
]
