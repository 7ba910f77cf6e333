DAY = "2017-09-20"
SENTS = [
 ("Donald Trump threatened in his first speech to the UN General Assembly to totally destroy North Korea if the United States was forced to defend itself or its allies.", [], ["USA ATTACKS PRK"]),
 ("He called Kim Jong Un a rocket man on a suicide mission.", [], ["person:donald-trump CONDEMNS person:kim-jong-un"]),
 ("Trump also called the Iran nuclear deal an embarrassment and accused Tehran of exporting violence and chaos.", ["person:donald-trump CONDEMNS IRN"], []),
 ("North Korea's foreign minister, Ri Yong Ho, compared the speech to the sound of a dog barking.", [], ["person:ri-yong-ho CONDEMNS person:donald-trump"]),
 ("Swedish Foreign Minister Margot Wallstrom said it was the wrong speech at the wrong time to the wrong audience.", [], []),
]
