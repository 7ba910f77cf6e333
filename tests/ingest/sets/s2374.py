DAY = "2018-04-18"
SENTS = [
 ("Taiwan's President Tsai Ing-wen arrived in Swaziland on Tuesday for a four-day visit to the kingdom, Taipei's last remaining ally in Africa.", ["person:tsai-ing-wen LEADS TWN", "person:tsai-ing-wen MEETS SWZ"], ["SWZ SUPPORTS TWN", "SWZ ALLIED_WITH TWN"]),
 ("King Mswati III, Africa's last absolute monarch, greeted Tsai at the airport with a 21-gun salute.", ["person:mswati-iii MEETS person:tsai-ing-wen"], ["person:mswati-iii LEADS SWZ"]),
 ("The two leaders attended celebrations marking 50 years of Swaziland's independence and of diplomatic ties between the two states.", [], ["person:mswati-iii MEETS person:tsai-ing-wen"]),
 ("China has cut off official contacts with Tsai's government since she took office in 2016 because she refuses to endorse the idea that Taiwan is part of China.", ["CHN SANCTIONS TWN"], ["CHN SANCTIONS person:tsai-ing-wen"]),
 ("Taiwan has funded hospitals, scholarships and a new international airport in Swaziland.", ["TWN SUPPORTS SWZ"], []),
]
