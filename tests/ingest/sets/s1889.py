DAY = "2008-07-11"
SENTS = [
 ("A US-drafted resolution that would have imposed an arms embargo on Zimbabwe and frozen the assets of President Robert Mugabe and 13 officials was vetoed by Russia and China on Friday.", ["RUS VETOES ZWE", "CHN VETOES ZWE"], ["person:robert-mugabe LEADS ZWE", "RUS VETOES person:robert-mugabe", "CHN VETOES person:robert-mugabe"]),
 ("Nine of the council's 15 members voted in favour, while South Africa, Libya and Vietnam joined Moscow and Beijing in voting against the text.", [], []),
 ("Britain's ambassador, John Sawers, said the Russian veto was incomprehensible, since President Dmitry Medvedev had agreed to a G8 statement backing sanctions days earlier.", ["person:john-sawers CONDEMNS RUS"], ["person:dmitry-medvedev LEADS RUS"]),
 ("Russia's envoy, Vitaly Churkin, said the sanctions would have amounted to interference in Zimbabwe's internal affairs.", [], []),
 ("The vote followed a presidential run-off in which Mugabe was the only candidate after opposition leader Morgan Tsvangirai withdrew, citing violence against his supporters.", [], []),
 ("The United States and the European Union already impose their own travel bans and asset freezes on Mugabe and his inner circle.", ["USA SANCTIONS person:robert-mugabe", "org:EU SANCTIONS person:robert-mugabe"], ["USA SANCTIONS ZWE", "org:EU SANCTIONS ZWE"]),
]
