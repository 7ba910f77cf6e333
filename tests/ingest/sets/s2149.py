DAY = "1994-05-11"
SENTS = [
 ("Nelson Mandela was sworn in as South Africa's first black president in Pretoria on Tuesday before leaders and dignitaries from more than 140 countries.", ["person:nelson-mandela LEADS ZAF"], []),
 ("Vice President Al Gore and Hillary Clinton led the American delegation, and Cuba's President Fidel Castro received one of the loudest cheers.", ["person:fidel-castro LEADS CUB"], ["person:al-gore MEETS ZAF", "person:hillary-clinton MEETS ZAF", "person:fidel-castro MEETS ZAF"]),
 ("Yasser Arafat, who was attending his first state ceremony since signing the peace accord with Israel, embraced Israeli President Chaim Herzog.", ["person:yasser-arafat MEETS person:chaim-herzog", "person:chaim-herzog LEADS ISR"], ["person:yasser-arafat MEETS ISR", "org:PLO MEETS ISR"]),
 ("Britain's Prince Philip and Tanzania's President Ali Hassan Mwinyi were also present.", ["person:ali-hassan-mwinyi LEADS TZA"], []),
 ("South Africa has been readmitted to the Commonwealth and will rejoin the Organization of African Unity.", ["ZAF MEMBER_OF org:COMMONWEALTH"], ["ZAF MEMBER_OF org:AU"]),
]
