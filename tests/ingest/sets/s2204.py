DAY = "2013-03-07"
SENTS = [
 ("The UN Security Council unanimously adopted new sanctions against North Korea on Thursday in response to its third nuclear test.", ["org:UNSC SANCTIONS PRK"], []),
 ("China, the North's only major ally, helped draft the resolution with the United States.", ["CHN ALLIED_WITH PRK"], ["CHN MEETS USA", "CHN SANCTIONS PRK", "USA SANCTIONS PRK"]),
 ("Hours before the vote, North Korea threatened to launch a pre-emptive nuclear strike against the United States.", [], ["PRK ATTACKS USA", "PRK CONDEMNS USA"]),
 ("The measures target North Korean diplomats, illicit transfers of cash and banks linked to the weapons programme.", [], ["org:UNSC SANCTIONS PRK"]),
 ("Susan Rice, the American ambassador to the UN, said the sanctions would bite hard.", [], []),
 ("South Korea welcomed the resolution and urged Pyongyang to abandon its nuclear weapons.", [], ["KOR CONDEMNS PRK", "KOR SUPPORTS org:UNSC"]),
]
