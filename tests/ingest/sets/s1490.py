DAY = "2011-03-21"
SENTS = [
 ("Russia and China abstained as the UN Security Council authorised a no-fly zone over Libya on Thursday.", [], []),
 ("French warplanes attacked Libyan government tanks near Benghazi on Saturday, the first strikes of the campaign.", ["FRA ATTACKS LBY"], []),
 ("Muammar Gaddafi, who has ruled Libya since 1969, denounced the intervention as a colonial crusade by France, Britain and the United States.", ["person:muammar-gaddafi LEADS LBY", "person:muammar-gaddafi CONDEMNS FRA", "person:muammar-gaddafi CONDEMNS GBR", "person:muammar-gaddafi CONDEMNS USA"], []),
 ("Germany, which broke with its NATO allies by abstaining, refused to send forces.", [], ["DEU MEMBER_OF org:NATO"]),
 ("Qatar became the first Arab state to join the operation, sending Mirage fighter jets to patrol the skies over Libya.", [], ["QAT DEPLOYS_TROOPS LBY", "QAT ATTACKS LBY"]),
]
