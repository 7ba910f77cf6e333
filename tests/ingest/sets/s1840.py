DAY = "2018-06-09"
SENTS = [
 ("Chinese President Xi Jinping awarded Vladimir Putin China's first friendship medal at a ceremony in the Great Hall of the People on Friday, calling him his best friend.", ["person:xi-jinping SUPPORTS person:vladimir-putin", "person:vladimir-putin MEETS person:xi-jinping", "person:vladimir-putin MEETS CHN"], ["person:xi-jinping LEADS CHN"]),
 ("The two leaders signed agreements on nuclear energy and took a high-speed train to the port city of Tianjin to watch an ice hockey match.", ["person:vladimir-putin MEETS person:xi-jinping"], ["CHN TRADES_WITH RUS"]),
 ("Putin then travelled to Qingdao for a summit of the Shanghai Cooperation Organisation, which India and Pakistan joined last year.", ["IND MEMBER_OF org:SCO", "PAK MEMBER_OF org:SCO"], ["person:vladimir-putin MEETS CHN"]),
]
