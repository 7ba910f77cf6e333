DAY = "2001-05-04"
SENTS = [
 ("Swedish Prime Minister Goran Persson, leading the first top-level European Union delegation to North Korea, met Kim Jong Il in Pyongyang on Thursday.", ["person:goran-persson MEETS person:kim-jong-il", "person:goran-persson LEADS SWE"], ["org:EU MEETS PRK", "person:goran-persson MEETS PRK", "person:kim-jong-il LEADS PRK"]),
 ("Kim told his guests that the North would keep its moratorium on missile tests until 2003.", [], []),
 ("Sweden, which holds the EU presidency, is one of the few Western countries with an embassy in Pyongyang.", [], ["SWE MEMBER_OF org:EU", "person:goran-persson LEADS org:EU"]),
 ("The visit came as the Bush administration reviewed its policy towards the North and put off talks with Pyongyang.", [], ["USA SANCTIONS PRK"]),
 ("South Korean President Kim Dae-jung had asked the Europeans to help revive his policy of engagement with the North.", ["person:kim-dae-jung LEADS KOR"], []),
]
