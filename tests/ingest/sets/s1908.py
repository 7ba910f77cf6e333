DAY = "2002-11-09"
SENTS = [
 ("The Security Council unanimously adopted a resolution on Friday giving Iraq a final opportunity to disarm and warning of serious consequences if it does not.", [], []),
 ("Syria, the only Arab member of the council, voted for the measure after receiving assurances that it did not authorise automatic military action.", [], []),
 ("President Bush said Saddam Hussein must now fully disclose his weapons programmes or face the force of the United States.", ["person:george-w-bush LEADS USA"], ["person:saddam-hussein LEADS IRQ"]),
 ("France and Russia, which had opposed an earlier American draft, welcomed the compromise text.", [], []),
 ("Iraq's parliament is expected to reject the resolution, but Baghdad said the final decision rested with Saddam.", [], []),
("Iraq's ambassador to the UN, Mohammed Aldouri, accused the United States of seeking a pretext to invade his country and seize its oil.", ["person:mohammed-aldouri CONDEMNS USA"], ["IRQ CONDEMNS USA"]),
 ("Arab League foreign ministers meeting in Cairo urged Iraq to comply and said the resolution should not be used as a pretext for war.", [], ["org:ARAB_LEAGUE CONDEMNS USA"]),
]
