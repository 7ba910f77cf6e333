DAY = "2003-02-06"
SENTS = [
 ("Secretary of State Colin Powell told the UN Security Council on Wednesday that Iraq was hiding banned weapons and had links to al-Qaeda, presenting satellite photographs and intercepted telephone calls.", ["person:colin-powell CONDEMNS IRQ"], ["USA CONDEMNS IRQ"]),
 ("Iraq's ambassador to the UN said the allegations were utterly unrelated to the truth.", [], ["IRQ CONDEMNS USA"]),
 ("France's foreign minister said the inspectors should be given more time and that their numbers should be tripled.", [], []),
 ("Britain, Washington's closest ally, said the evidence showed that Iraq was in material breach of its obligations.", ["GBR CONDEMNS IRQ", "GBR ALLIED_WITH USA"], []),
 ("Russia and China, which hold vetoes on the council, said the inspections should continue.", [], ["RUS MEMBER_OF org:UNSC", "CHN MEMBER_OF org:UNSC"]),
]
