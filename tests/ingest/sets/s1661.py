DAY = "2024-10-21"
SENTS = [
 ("Moldovans narrowly voted to enshrine the goal of joining the European Union in their constitution, in a referendum that President Maia Sandu said had been marred by an unprecedented assault by criminal groups working with foreign forces.", [], ["person:maia-sandu LEADS MDA"]),
 ("Sandu said her government had evidence that groups had tried to buy 300,000 votes, and officials pointed to a network run by a fugitive pro-Russian oligarch.", [], []),
 ("The Kremlin denied interfering and said the results raised questions.", [], []),
 ("The European Commission said Moldova had withstood unprecedented interference by Russia and its proxies.", ["org:EC CONDEMNS RUS"], ["org:EC SUPPORTS MDA"]),
 ("Sandu, who faces a presidential run-off next month, has accused Moscow of trying to destabilise the country since it invaded Ukraine.", ["person:maia-sandu CONDEMNS RUS"], ["RUS ATTACKS UKR"]),
]
