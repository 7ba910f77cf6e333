DAY = "2021-08-17"
SENTS = [
 ("Taliban fighters entered Kabul on Sunday as President Ashraf Ghani fled the country, completing a lightning offensive across Afghanistan.", ["org:TALIBAN ATTACKS AFG"], ["person:ashraf-ghani LEADS AFG"]),
 ("The United States sent about 6,000 troops to secure Kabul airport for the evacuation of diplomats and Afghan allies.", ["USA DEPLOYS_TROOPS AFG"], []),
 ("Joe Biden defended his decision to withdraw American forces and blamed Afghan leaders for giving up.", [], ["person:joe-biden CONDEMNS AFG", "USA DEPLOYS_TROOPS AFG"]),
 ("Qatar, which hosted peace talks between Washington and the Taliban, helped fly thousands of evacuees out.", ["QAT MEETS org:TALIBAN", "QAT MEETS USA", "USA MEETS org:TALIBAN"], ["QAT SUPPORTS USA"]),
 ("China said it was ready to develop friendly relations with the Taliban.", [], ["CHN SUPPORTS org:TALIBAN"]),
]
