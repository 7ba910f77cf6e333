DAY = "2014-05-24"
SENTS = [
 ("Thailand's army chief, General Prayuth Chan-ocha, seized power on Thursday, two days after declaring martial law, and detained the ousted prime minister, Yingluck Shinawatra, on Friday.", ["person:prayut-chan-o-cha LEADS THA"], ["person:yingluck-shinawatra LEADS THA"]),
 ("Washington froze $3.5 million in military assistance to Bangkok and called off a joint naval exercise.", [], ["USA SANCTIONS THA"]),
 ("Secretary of State John Kerry said there was no justification for the coup and urged the military to restore civilian rule.", [], ["USA CONDEMNS THA", "person:john-kerry CONDEMNS THA"]),
 ("Beijing, which buys more Thai rubber and rice than any other country, was more muted.", ["CHN TRADES_WITH THA"], []),
]
