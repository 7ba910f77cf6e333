DAY = "1985-07-29"
SENTS = [
 ("Army officers overthrew President Milton Obote of Uganda on Saturday, and Lieut. Gen. Tito Okello was sworn in as head of state on Monday.", ["person:milton-obote LEADS UGA"], ["person:tito-okello LEADS UGA"]),
 ("Mr. Obote fled to Kenya and later flew on to Zambia, where President Kenneth Kaunda granted him asylum.", ["person:kenneth-kaunda SUPPORTS person:milton-obote"], ["person:kenneth-kaunda LEADS ZMB", "ZMB SUPPORTS person:milton-obote", "person:milton-obote MEETS KEN", "person:milton-obote MEETS ZMB"]),
 ("The National Resistance Army of Yoweri Museveni, which has fought Mr. Obote's government since 1981, said it would not recognise the new military council.", [], []),
 ("Tanzania, whose troops drove Idi Amin from Kampala in 1979, said it was watching events closely.", ["TZA DEPLOYS_TROOPS UGA"], ["TZA ATTACKS UGA", "TZA ATTACKS person:idi-amin"]),
]
