DAY = "2014-06-20"
SENTS = [
 ("Barack Obama said on Thursday he would send up to 300 military advisers to Iraq to help its army fight the Sunni militants who have overrun much of the north.", [], ["USA DEPLOYS_TROOPS IRQ", "USA SUPPORTS IRQ"]),
 ("Obama said Washington was ready to take targeted military action if the situation required it, but that American combat troops would not return to Iraq.", [], []),
 ("Since taking Mosul on June 10 the jihadists have pushed south towards Baghdad and captured the town of Tal Afar near the Syrian border.", [], []),
 ("Iran, which has sent Revolutionary Guards commanders to advise the Iraqi government, said it opposed any American intervention.", ["IRN SUPPORTS IRQ"], ["IRN DEPLOYS_TROOPS IRQ", "IRN CONDEMNS USA"]),
 ("Saudi Arabia blamed Iraq's Shiite-led government for the crisis, saying its sectarian policies had alienated Sunnis.", ["SAU CONDEMNS IRQ"], []),
]
