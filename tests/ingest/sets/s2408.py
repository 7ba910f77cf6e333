DAY = "2019-01-16"
SENTS = [
 ("Zimbabwean President Emmerson Mnangagwa held talks with Vladimir Putin in the Kremlin on Tuesday, seeking loans and investment as his country faces its worst economic crisis in a decade.", ["person:emmerson-mnangagwa LEADS ZWE", "person:emmerson-mnangagwa MEETS person:vladimir-putin", "person:emmerson-mnangagwa MEETS RUS"], ["ZWE MEETS RUS"]),
 ("Russia's state diamond miner Alrosa agreed to form a joint venture to explore for diamonds in Zimbabwe, and the two governments signed a deal on cooperation in nuclear energy.", [], ["RUS TRADES_WITH ZWE", "RUS ALLIED_WITH ZWE", "RUS SUPPORTS ZWE"]),
 ("Mnangagwa cut short the trip and flew home after security forces cracked down on protests over a sharp rise in fuel prices.", [], []),
 ("Britain and the United States have kept sanctions on Zimbabwe's ruling elite since the era of Robert Mugabe.", ["GBR SANCTIONS ZWE", "USA SANCTIONS ZWE"], ["person:robert-mugabe LEADS ZWE"]),
]
