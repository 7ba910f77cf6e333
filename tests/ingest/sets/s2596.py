DAY = "1998-11-15"
SENTS = [
 ("President Bill Clinton called off air strikes on Iraq on Saturday with American bombers already in the air, after Baghdad promised to let United Nations weapons inspectors resume their work.", [], ["USA ATTACKS IRQ", "person:bill-clinton LEADS USA"]),
 ("Iraq halted all cooperation with the inspectors on October 31, accusing them of spying for the United States.", [], ["IRQ CONDEMNS USA"]),
 ("Britain, which had sent Tornado jets to Kuwait to join the strikes, said the threat of force remained.", ["GBR DEPLOYS_TROOPS KWT"], []),
 ("Moscow and Beijing, both permanent members of the Security Council, said Baghdad had made the right choice.", ["RUS MEMBER_OF org:UNSC", "CHN MEMBER_OF org:UNSC"], ["RUS SUPPORTS IRQ", "CHN SUPPORTS IRQ"]),
 ("Kofi Annan, who had written to Saddam Hussein on Friday urging him to back down, said diplomacy had won.", [], ["person:kofi-annan MEETS person:saddam-hussein"]),
]
