DAY = "2022-09-30"
SENTS = [
 ("Russia vetoed a UN Security Council resolution on Friday that would have condemned its annexation of four regions of Ukraine as illegal.", ["RUS VETOES UKR"], ["RUS ATTACKS UKR"]),
 ("Four members of the council, China, India, Brazil and Gabon, abstained.", [], []),
 ("Hours earlier, President Vladimir Putin signed treaties annexing Donetsk, Luhansk, Zaporizhzhia and Kherson at a ceremony in the Kremlin.", [], ["person:vladimir-putin LEADS RUS"]),
 ("President Volodymyr Zelensky responded by announcing that Ukraine was applying for accelerated membership of NATO.", [], ["person:volodymyr-zelensky LEADS UKR"]),
 ("The United States imposed sanctions on more than 1,000 Russian individuals and entities, including the governor of Russia's central bank.", ["USA SANCTIONS RUS"], []),
 ("US Ambassador Linda Thomas-Greenfield said the annexation was a violation of the UN Charter and urged members of the General Assembly to reject it.", [], ["person:linda-thomas-greenfield CONDEMNS RUS"]),
 ("Britain and the European Union condemned Russia's illegal annexation of Ukrainian territory.", ["GBR CONDEMNS RUS", "org:EU CONDEMNS RUS"], ["RUS ATTACKS UKR"]),
]
