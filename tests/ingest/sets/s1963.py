DAY = "2005-08-15"
SENTS = [
 ("Indonesia and the Free Aceh Movement signed a peace agreement in Helsinki on Monday, ending nearly 30 years of fighting in the province.", [], []),
 ("The deal was brokered by former Finnish President Martti Ahtisaari.", [], []),
 ("The European Union and five members of the Association of Southeast Asian Nations will send about 200 monitors to Aceh to oversee the disarmament of the rebels.", [], ["org:EU DEPLOYS_TROOPS IDN"]),
 ("Indonesian President Susilo Bambang Yudhoyono said the agreement was a chance for lasting peace.", ["person:susilo-bambang-yudhoyono LEADS IDN"], []),
 ("Vice President Jusuf Kalla met EU foreign policy chief Javier Solana in Brussels last month to discuss the monitoring mission.", ["person:jusuf-kalla MEETS person:javier-solana"], ["person:jusuf-kalla MEETS BEL"]),
]
