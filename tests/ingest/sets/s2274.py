DAY = "2011-11-12"
SENTS = [
 ("The Arab League voted on Saturday to suspend Syria's membership and to impose political and economic sanctions unless President Bashar al-Assad ends his crackdown on protesters.", ["SYR MEMBER_OF org:ARAB_LEAGUE"], ["org:ARAB_LEAGUE SANCTIONS SYR", "person:bashar-al-assad LEADS SYR", "org:ARAB_LEAGUE CONDEMNS SYR"]),
 ("Eighteen of the league's 22 members backed the decision, while Lebanon and Yemen voted against it and Iraq abstained.", [], []),
 ("Syria's ambassador to the league, Youssef Ahmad, called the decision illegal and said it served American and Western interests.", [], ["SYR CONDEMNS USA"]),
 ("Crowds loyal to Assad attacked the Saudi and Qatari embassies in Damascus hours after the vote.", [], ["SYR ATTACKS SAU", "SYR ATTACKS QAT"]),
 ("Russia, Syria's main arms supplier, said the suspension was wrong.", ["RUS SUPPLIES_ARMS SYR"], ["RUS CONDEMNS org:ARAB_LEAGUE"]),
 ("Turkey, which has given shelter to Syrian army defectors, welcomed the decision.", [], ["TUR SUPPORTS org:ARAB_LEAGUE"]),
]
