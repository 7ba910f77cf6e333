DAY = "2022-08-02"
SENTS = [
 ("A US drone strike in Kabul killed Ayman al-Zawahiri, the leader of al-Qaeda, as he stood on the balcony of a safe house, President Joe Biden said on Monday.", ["person:ayman-al-zawahiri LEADS org:AL-QAEDA", "USA ATTACKS AFG"], ["person:joe-biden LEADS USA", "USA ATTACKS org:AL-QAEDA", "USA ATTACKS person:ayman-al-zawahiri"]),
 ("Biden said justice had been delivered and accused the Taliban of violating the Doha agreement by sheltering Zawahiri.", ["person:joe-biden CONDEMNS org:TALIBAN"], []),
 ("The Taliban condemned the strike as a clear violation of Afghan sovereignty and international principles.", [], ["org:TALIBAN CONDEMNS USA"]),
 ("Pakistan, which the drone is believed to have flown over, denied giving the United States permission to use its airspace.", [], []),
 ("Saudi Arabia welcomed the killing of the al-Qaeda leader.", [], ["SAU SUPPORTS USA"]),
]
