DAY = "1967-11-22"
SENTS = [
 ("The Security Council unanimously adopted a British resolution on Wednesday calling on Israel to withdraw from territories occupied in the June war and on all states in the region to recognize each other's right to live in peace.", [], ["ISR ATTACKS EGY", "ISR ATTACKS SYR", "ISR ATTACKS JOR"]),
 ("Lord Caradon, the British delegate, drafted the text after separate Indian and American proposals failed to win enough votes.", [], []),
 ("Syria, which still rejects any settlement with Israel, denounced the resolution.", [], []),
 ("Egypt and Jordan accepted the text, and the Soviet Union, which rearmed Egypt after the war, voted for it.", ["SUN SUPPLIES_ARMS EGY"], []),
]
