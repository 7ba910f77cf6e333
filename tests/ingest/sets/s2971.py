DAY = "1980-02-26"
SENTS = [
 ("Israel's first ambassador to Egypt, Eliahu Ben-Elissar, presented his credentials to President Sadat in Cairo today.", ["person:eliahu-ben-elissar MEETS person:anwar-sadat", "person:eliahu-ben-elissar MEETS EGY"], ["person:anwar-sadat LEADS EGY", "ISR MEETS EGY"]),
 ("In Tel Aviv, Egypt's ambassador, Saad Mortada, opened his embassy under heavy guard.", [], []),
 ("The exchange of envoys completes the normalization of relations provided for in last year's peace treaty.", [], []),
 ("Arab governments that broke with Cairo over the treaty called the exchange a betrayal of the Palestinians.", [], []),
 ("Syria's President Hafez al-Assad accused Egypt of helping Israel tighten its hold on the occupied territories.", ["person:hafez-al-assad LEADS SYR", "person:hafez-al-assad CONDEMNS EGY"], ["SYR CONDEMNS EGY"]),
]
