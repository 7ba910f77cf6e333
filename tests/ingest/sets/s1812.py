DAY = "2011-10-05"
SENTS = [
 ("Russia and China vetoed a European-drafted Security Council resolution on Tuesday that threatened the Syrian government with targeted measures if it did not halt its crackdown on protesters.", ["RUS VETOES SYR", "CHN VETOES SYR"], []),
 ("It was the first double veto in the council since the two countries blocked sanctions on Zimbabwe in 2008.", [], ["RUS VETOES ZWE", "CHN VETOES ZWE"]),
 ("Brazil, India, South Africa and Lebanon abstained.", [], []),
 ("US Ambassador Susan Rice said the United States was outraged that the council had failed to address an urgent moral challenge.", [], ["USA CONDEMNS RUS", "USA CONDEMNS CHN", "USA CONDEMNS org:UNSC"]),
 ("Russia's ambassador Vitaly Churkin said the text reflected a philosophy of confrontation and could have opened the way to military intervention, as in Libya.", [], []),
 ("Syria thanked Moscow and Beijing for standing by the Syrian people.", [], ["RUS SUPPORTS SYR", "CHN SUPPORTS SYR", "SYR SUPPORTS RUS", "SYR SUPPORTS CHN"]),
]
