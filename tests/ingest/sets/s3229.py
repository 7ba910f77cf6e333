DAY = "1980-10-07"
SENTS = [
 ("Four American AWACS radar planes arrived in Saudi Arabia last week at the kingdom's request to watch over its oil fields as the war between Iran and Iraq spread along the Gulf.", [], ["USA DEPLOYS_TROOPS SAU", "USA SUPPORTS SAU", "IRQ ATTACKS IRN", "IRN ATTACKS IRQ"]),
 ("In Amman, King Hussein of Jordan told reporters that every Arab should stand with Iraq against the Persian enemy.", ["person:hussein-bin-talal LEADS JOR"], ["person:hussein-bin-talal SUPPORTS IRQ", "person:hussein-bin-talal CONDEMNS IRN"]),
 ("Damascus, Saddam's old rival, is helping Tehran, Western diplomats said, and Colonel Gaddafi's government has sent Iran ammunition by air.", ["SYR SUPPORTS IRN", "LBY SUPPLIES_ARMS IRN"], []),
 ("Iraqi artillery pounded the Iranian refinery at Abadan for a second week.", ["IRQ ATTACKS IRN"], []),
 ("Baghdad radio said Iraq would lay down its arms once Tehran accepted Iraqi sovereignty over the whole waterway.", [], []),
]
