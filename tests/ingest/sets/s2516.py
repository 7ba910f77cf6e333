DAY = "2009-08-05"
SENTS = [
 ("Former President Bill Clinton met North Korean leader Kim Jong Il in Pyongyang on Tuesday, hours before the North pardoned two American journalists sentenced to 12 years of hard labour.", ["person:bill-clinton MEETS person:kim-jong-il", "person:kim-jong-il LEADS PRK"], ["person:bill-clinton MEETS PRK"]),
 ("The two reporters, who work for a California-based television channel, had been arrested in March near the border with China.", [], []),
 ("The White House said Clinton was on a private humanitarian mission and carried no message from President Barack Obama.", [], ["person:barack-obama LEADS USA"]),
 ("North Korea's state news agency said Kim had held exhaustive talks with Clinton and that the visit would deepen understanding between Pyongyang and Washington.", ["person:kim-jong-il MEETS person:bill-clinton"], ["PRK MEETS USA"]),
 ("Since June the North has faced tougher measures from the UN Security Council, which punished its second nuclear test with a wider arms embargo and cargo inspections.", [], ["org:UNSC SANCTIONS PRK"]),
]
