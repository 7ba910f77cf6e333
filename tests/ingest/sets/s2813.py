DAY = "1985-08-16"
SENTS = [
 ("President P. W. Botha of South Africa refused on Thursday to free Nelson Mandela unconditionally or to give blacks a share of power, disappointing governments that had expected reform.", ["person:p-w-botha LEADS ZAF"], []),
 ("The rand fell sharply as foreign banks declined to roll over South Africa's short-term loans.", [], []),
 ("The Reagan administration, long opposed to punitive economic measures, voiced disappointment; on Capitol Hill a bill to stop fresh American capital going to Pretoria gained support.", [], ["USA SANCTIONS ZAF", "USA CONDEMNS ZAF"]),
 ("Britain's Prime Minister Margaret Thatcher again ruled out sanctions, arguing that they would hurt black South Africans most.", ["person:margaret-thatcher LEADS GBR"], []),
 ("Paris has frozen all new French investment in South Africa and brought its envoy home.", ["FRA SANCTIONS ZAF"], ["FRA CONDEMNS ZAF"]),
 ("Zambia's President Kenneth Kaunda, speaking for the front-line states, called for mandatory sanctions.", ["person:kenneth-kaunda LEADS ZMB"], ["person:kenneth-kaunda CONDEMNS ZAF", "ZMB CONDEMNS ZAF"]),
]
