DAY = "2001-09-20"
SENTS = [
 ("Pakistan has opened its airspace to American military aircraft and will share intelligence on Osama bin Laden, President Pervez Musharraf told the nation on Wednesday night.", ["PAK SUPPORTS USA"], ["person:pervez-musharraf LEADS PAK"]),
 ("A Pakistani delegation led by the chief of military intelligence came back from Kandahar after failing to persuade the Taliban to give up bin Laden.", [], ["PAK MEETS org:TALIBAN"]),
 ("Musharraf said Pakistan had no choice, warning that India was eager to offer its own bases to Washington.", [], ["person:pervez-musharraf CONDEMNS IND", "IND SUPPORTS USA"]),
 ("Iran, a longtime foe of the Taliban, sealed its border with Afghanistan to keep out refugees.", [], ["IRN CONDEMNS org:TALIBAN", "IRN SANCTIONS AFG"]),
]
