DAY = "2020-02-28"
SENTS = [
 ("At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province on Thursday, the deadliest single attack on Turkey's military in decades.", ["SYR ATTACKS TUR"], []),
 ("Turkey retaliated by striking Syrian government targets across the province with drones and artillery.", ["TUR ATTACKS SYR"], []),
 ("Ankara called an emergency meeting of NATO ambassadors under Article 4 of the alliance's treaty.", [], ["TUR MEMBER_OF org:NATO"]),
 ("Russia, which backs Bashar al-Assad, said the Turkish troops had been among militants and should not have been there.", ["RUS SUPPORTS person:bashar-al-assad"], ["TUR DEPLOYS_TROOPS SYR"]),
 ("Recep Tayyip Erdogan and Vladimir Putin spoke by phone and agreed to meet in Moscow the following week.", ["person:recep-tayyip-erdogan MEETS person:vladimir-putin"], []),
]
