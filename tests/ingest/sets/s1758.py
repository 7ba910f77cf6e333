DAY = "1977-11-20"
SENTS = [
 ("Egyptian President Anwar Sadat addressed the Israeli Knesset in Jerusalem on Sunday, the first Arab head of state to visit the Jewish state since its founding.", ["person:anwar-sadat LEADS EGY", "person:anwar-sadat MEETS ISR"], []),
 ("Sadat, who arrived on Saturday evening, was greeted at Ben Gurion airport by Prime Minister Menachem Begin and President Ephraim Katzir.", ["person:anwar-sadat MEETS person:menachem-begin", "person:anwar-sadat MEETS person:ephraim-katzir"], []),
 ("In his speech, Sadat called on Israel to withdraw from all Arab lands occupied in the 1967 war and to recognise the rights of the Palestinians.", [], []),
 ("Syria declared a day of mourning, and President Hafez al-Assad accused Sadat of betraying the Arab nation.", ["person:hafez-al-assad CONDEMNS person:anwar-sadat"], ["person:hafez-al-assad LEADS SYR", "SYR CONDEMNS EGY"]),
 ("Libya and Iraq also condemned the visit, while the United States praised Sadat's courage.", ["USA SUPPORTS person:anwar-sadat"], ["LBY CONDEMNS EGY", "IRQ CONDEMNS EGY", "LBY CONDEMNS person:anwar-sadat", "IRQ CONDEMNS person:anwar-sadat"]),
]
