DAY = "2003-05-03"
SENTS = [
 ("Secretary of State Colin Powell met President Bashar al-Assad in Damascus on Saturday and pressed him to shut the offices of Palestinian militant groups in the Syrian capital.", ["person:colin-powell MEETS person:bashar-al-assad", "person:colin-powell MEETS SYR"], ["person:bashar-al-assad LEADS SYR", "person:colin-powell CONDEMNS person:bashar-al-assad"]),
 ("Powell told reporters afterwards that the United States would judge Syria by what it did rather than by what it promised.", [], ["USA CONDEMNS SYR"]),
 ("Washington has accused Damascus of letting officials of Saddam Hussein's government escape across its border and of developing chemical weapons.", ["USA CONDEMNS SYR"], []),
 ("Syria, which opposed the American-led war in Iraq, rejects both charges.", ["SYR CONDEMNS USA"], ["USA ATTACKS IRQ", "SYR CONDEMNS USA"]),
 ("From Damascus, Powell flew to Beirut, where he urged President Emile Lahoud to send the Lebanese army to the border with Israel.", ["person:colin-powell MEETS LBN"], ["person:colin-powell MEETS person:emile-lahoud", "person:emile-lahoud LEADS LBN"]),
]
