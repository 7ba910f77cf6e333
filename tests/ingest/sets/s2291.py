DAY = "2012-07-19"
SENTS = [
 ("Russia and China on Thursday vetoed a Western-backed Security Council resolution that threatened President Bashar al-Assad's government with sanctions if it did not stop using heavy weapons.", ["RUS VETOES SYR", "CHN VETOES SYR"], ["person:bashar-al-assad LEADS SYR"]),
 ("It was the third time since October that Moscow and Beijing had blocked action against Syria in the council.", ["RUS VETOES SYR", "CHN VETOES SYR"], []),
 ("Eleven members voted in favour, while Pakistan and South Africa abstained.", [], []),
 ("The American ambassador, Susan Rice, said the council had failed utterly and accused Russia and China of protecting a brutal regime.", ["person:susan-rice CONDEMNS RUS", "person:susan-rice CONDEMNS CHN"], ["USA CONDEMNS RUS", "USA CONDEMNS CHN"]),
 ("Russia's envoy, Vitaly Churkin, said the draft was aimed at opening the way for foreign military intervention in Syria.", [], []),
 ("Britain's foreign secretary, William Hague, said the vetoes were inexcusable.", [], ["person:william-hague CONDEMNS RUS", "person:william-hague CONDEMNS CHN"]),
 ("Hours earlier, a bomb killed Syria's defence minister and Assad's brother-in-law at a security meeting in Damascus.", [], []),
]
