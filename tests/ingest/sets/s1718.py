DAY = "2021-08-16"
SENTS = [
 ("Taliban fighters entered Kabul on Sunday and took control of the presidential palace after President Ashraf Ghani fled the country.", [], ["person:ashraf-ghani LEADS AFG", "org:TALIBAN ATTACKS AFG"]),
 ("The United States sent thousands of troops back to Kabul airport to secure the evacuation of its diplomats and Afghan allies.", ["USA DEPLOYS_TROOPS AFG"], []),
 ("Russia and China kept their embassies open and said they were ready to work with the new authorities.", [], ["RUS SUPPORTS org:TALIBAN", "CHN SUPPORTS org:TALIBAN"]),
 ("Pakistan, long accused of supporting the Taliban, urged an inclusive political settlement.", [], ["PAK SUPPORTS org:TALIBAN"]),
 ("Britain and Germany said they would not recognise a Taliban government imposed by force.", [], []),
]
