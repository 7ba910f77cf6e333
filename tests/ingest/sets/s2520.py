DAY = "2021-01-05"
SENTS = [
 ("Saudi Arabia reopened its airspace and land border to Qatar on Monday, ending a boycott it had imposed in 2017 together with the United Arab Emirates, Bahrain and Egypt.", [], ["SAU SANCTIONS QAT", "ARE SANCTIONS QAT", "BHR SANCTIONS QAT", "EGY SANCTIONS QAT"]),
 ("Crown Prince Mohammed bin Salman embraced Qatar's emir, Sheikh Tamim bin Hamad al-Thani, as he stepped off his plane in Al-Ula on Tuesday for a summit of the Gulf Cooperation Council.", ["person:mohammed-bin-salman MEETS person:tamim-bin-hamad-al-thani", "person:tamim-bin-hamad-al-thani LEADS QAT"], ["person:tamim-bin-hamad-al-thani MEETS SAU", "QAT MEMBER_OF org:GCC", "person:mohammed-bin-salman LEADS SAU"]),
 ("The breakthrough was announced by Kuwait's foreign minister after months of mediation by Kuwait and the United States.", [], []),
 ("Riyadh and its three allies had charged that Qatar financed militant groups and was too friendly with Tehran, an accusation Doha rejected.", ["SAU CONDEMNS QAT"], ["ARE CONDEMNS QAT", "BHR CONDEMNS QAT", "EGY CONDEMNS QAT"]),
 ("Turkey, which rushed troops to a base in Qatar after the boycott began, welcomed the agreement.", ["TUR DEPLOYS_TROOPS QAT"], ["TUR SUPPORTS QAT"]),
]
