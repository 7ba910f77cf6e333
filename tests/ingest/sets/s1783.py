DAY = "2020-11-28"
SENTS = [
 ("Iran's top nuclear scientist, Mohsen Fakhrizadeh, was killed in an ambush on his car outside Tehran on Friday.", [], []),
 ("President Hassan Rouhani blamed Israel and said the assassination would not slow Iran's nuclear programme.", ["person:hassan-rouhani CONDEMNS ISR"], ["person:hassan-rouhani LEADS IRN"]),
 ("Foreign Minister Mohammad Javad Zarif said there were serious indications of an Israeli role and called on the European Union to condemn the act of terror.", [], ["person:mohammad-javad-zarif CONDEMNS ISR"]),
 ("Israel, which has long accused Fakhrizadeh of leading a secret weapons programme, declined to comment.", [], []),
 ("Hezbollah leader Hassan Nasrallah also blamed Israel and the United States.", ["person:hassan-nasrallah LEADS org:HEZBOLLAH", "person:hassan-nasrallah CONDEMNS ISR", "person:hassan-nasrallah CONDEMNS USA"], []),
 ("The European Union condemned the killing as a criminal act, while the United Arab Emirates called for restraint.", [], []),
]
