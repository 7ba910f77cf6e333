DAY = "1992-05-31"
SENTS = [
 ("The Security Council voted 13 to 0 on Saturday to impose sweeping trade sanctions on Yugoslavia, now made up of Serbia and Montenegro, for its role in the war in Bosnia.", ["org:UNSC SANCTIONS YUG"], ["YUG ATTACKS BIH"]),
 ("China and Zimbabwe abstained.", [], []),
 ("The resolution bans all trade with Belgrade, freezes its assets abroad and suspends scientific, cultural and sporting contacts.", [], ["org:UNSC SANCTIONS YUG"]),
 ("Russia, Serbia's traditional ally, voted in favour after winning changes to the text.", [], ["RUS ALLIED_WITH SRB"]),
 ("The United States accused Serbian President Slobodan Milosevic of arming and directing the Bosnian Serb militias that have besieged Sarajevo.", ["USA CONDEMNS person:slobodan-milosevic", "person:slobodan-milosevic LEADS SRB"], []),
 ("The European Community imposed its own trade embargo on Yugoslavia on Wednesday.", ["org:EU SANCTIONS YUG"], []),
]
