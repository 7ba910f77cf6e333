DAY = "2014-05-23"
SENTS = [
 ("Russia and China on Thursday vetoed a French-drafted Security Council resolution that would have referred the war in Syria to the International Criminal Court.", ["RUS VETOES SYR", "CHN VETOES SYR"], []),
 ("It was the fourth time that the two countries had blocked council action against the government of President Bashar al-Assad.", [], ["RUS VETOES SYR", "CHN VETOES SYR", "RUS SUPPORTS person:bashar-al-assad", "CHN SUPPORTS person:bashar-al-assad"]),
 ("The remaining 13 members voted for the text, which was co-sponsored by more than 60 countries.", [], []),
 ("France's ambassador Gerard Araud said the vetoes covered up crimes on a massive scale.", [], ["FRA CONDEMNS RUS", "FRA CONDEMNS CHN"]),
 ("Russian envoy Vitaly Churkin said the resolution was a publicity stunt that would harm efforts to end the conflict.", [], ["RUS CONDEMNS FRA"]),
 ("Syria is not a member of the court, so only the Security Council can refer crimes committed there.", [], []),
]
