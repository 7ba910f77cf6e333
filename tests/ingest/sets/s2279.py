DAY = "2012-03-27"
SENTS = [
 ("Syrian President Bashar al-Assad accepted a six-point peace plan proposed by Kofi Annan, the special envoy of the United Nations and the Arab League, his spokesman said on Tuesday.", ["person:bashar-al-assad LEADS SYR"], ["SYR SUPPORTS person:kofi-annan"]),
 ("Annan, who met Assad in Damascus this month, said the test would be whether the shelling of towns stopped.", ["person:bashar-al-assad MEETS person:kofi-annan"], ["person:kofi-annan MEETS SYR"]),
 ("Russia and China, which vetoed two Security Council resolutions on Syria, have backed Annan's mission.", ["RUS VETOES SYR", "CHN VETOES SYR"], ["RUS SUPPORTS person:kofi-annan", "CHN SUPPORTS person:kofi-annan"]),
 ("Turkey, which hosts about 17,000 Syrian refugees, said the plan must be implemented immediately.", [], []),
 ("Assad visited the ruined Baba Amr district of Homs, which his forces retook from rebels this month.", [], []),
]
