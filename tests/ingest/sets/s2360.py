DAY = "2011-08-25"
SENTS = [
 ("Kim Jong Il met Dmitry Medvedev at a military base near Ulan-Ude in eastern Siberia on Wednesday, their first meeting.", ["person:kim-jong-il MEETS person:dmitry-medvedev"], ["person:kim-jong-il MEETS RUS"]),
 ("Kim told Medvedev that North Korea was ready to return to six-party talks on its nuclear programme without preconditions.", ["person:kim-jong-il MEETS person:dmitry-medvedev"], []),
 ("The two leaders also agreed to study a gas pipeline that would run from Russia through North Korea to South Korea.", [], ["RUS TRADES_WITH PRK", "RUS TRADES_WITH KOR", "person:kim-jong-il MEETS person:dmitry-medvedev"]),
 ("Kim travelled to Russia by armoured train, his first visit to the country since 2002.", ["person:kim-jong-il MEETS RUS"], []),
 ("North Korea still owes Moscow billions of dollars in Soviet-era debt.", ["RUS SUPPORTS PRK"], ["SUN SUPPORTS PRK"]),
 ("Medvedev's spokeswoman said the talks were frank and useful.", [], []),
]
